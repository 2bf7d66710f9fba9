import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { FieldProblem, ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { Viewer } from '../common/viewer';
import { NotificationsService } from '../notifications/notifications.service';
import { MatchEventType, MilestoneStatus } from './brokering.enums';
import { collaborationNotices } from './brokering-notices';
import { BrokeringService } from './brokering.service';
import { Collaboration } from './collaboration.entity';
import { collaborationPolicy } from './collaboration.policy';
import { HallBookingInput, MilestoneInput, StartCollaborationInput, UpdateMilestoneInput } from './dto/collaboration.input';
import { HallBooking } from './hall-booking.entity';
import { HallBookingsService } from '../hall/hall-bookings.service';
import { bothSides, loadParties, MatchParties } from './match-parties';
import { Match } from './match.entity';
import { Milestone } from './milestone.entity';

/** R&D projects that introduced matches became: milestones and prototyping at the technology hall. */
@Injectable()
export class CollaborationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly brokering: BrokeringService,
    private readonly notifications: NotificationsService,
    private readonly hall: HallBookingsService,
  ) {}

  /** Staff (declared on the resolver: @StaffOnly) turn an INTRODUCED match into a collaboration (COLLABORATING), in one transaction. */
  start(viewer: Viewer, matchId: string, input: StartCollaborationInput): Promise<Match> {
    assertMilestonesAfter(input.startDate, input.milestones ?? []);
    if (input.booking) assertBookingDates(input.booking, 'booking.');
    return this.brokering.change(viewer, matchId, { type: MatchEventType.START_COLLABORATION }, input, {
      after: async (manager, match, parties) => {
        const collaboration = await manager.getRepository(Collaboration).save({
          matchId: match.id,
          title: input.title.trim(),
          partners: [...new Set((input.partners ?? []).map((p) => p.trim()).filter(Boolean))],
          startDate: input.startDate,
          createdBy: viewer.id,
        });
        for (const milestone of input.milestones ?? []) await this.insertMilestone(manager, collaboration.id, milestone);
        if (input.booking) await this.hall.bookForCollaboration(manager, viewer, collaboration, input.booking, 'booking.');
        await this.notifyStarted(manager, match, parties, collaboration);
      },
    });
  }

  /** The collaboration if the viewer may see it (collaboration.policy.ts); NOT_FOUND otherwise, as for an unknown id. */
  async get(viewer: Viewer, id: string): Promise<Collaboration> {
    const collaboration = await this.db
      .getRepository(Collaboration)
      .createQueryBuilder('c')
      .where('c.id = :id', { id })
      .andWhere(collaborationPolicy.visibleTo(viewer, 'c'))
      .getOne();
    if (!collaboration) throw new NotFoundError('Collaboration', id);
    return collaboration;
  }

  async addMilestone(viewer: Viewer, collaborationId: string, input: MilestoneInput): Promise<Milestone> {
    const collaboration = await this.editable(viewer, collaborationId);
    assertMilestonesAfter(collaboration.startDate, [input], () => 'dueDate');
    return this.insertMilestone(this.db.manager, collaboration.id, input);
  }

  /** Staff and both sides keep milestones up to date. */
  async updateMilestone(viewer: Viewer, id: string, input: UpdateMilestoneInput): Promise<Milestone> {
    const milestone = await this.db.getRepository(Milestone).findOneBy({ id });
    if (!milestone) throw new NotFoundError('Milestone', id);
    const collaboration = await this.editable(viewer, milestone.collaborationId);
    if (input.dueDate) assertMilestonesAfter(collaboration.startDate, [{ title: milestone.title, dueDate: input.dueDate }], () => 'dueDate');
    if (input.title) milestone.title = input.title.trim();
    if (input.dueDate) milestone.dueDate = input.dueDate;
    if (input.status && input.status !== milestone.status) {
      milestone.status = input.status;
      milestone.completedAt = input.status === MilestoneStatus.DONE ? new Date() : null;
    }
    return this.db.getRepository(Milestone).save(milestone);
  }

  /** Staff book technology-hall equipment for the collaboration (APPROVED at once); days held by another booking or maintenance are refused. */
  async book(viewer: Viewer, collaborationId: string, input: HallBookingInput): Promise<HallBooking[]> {
    const collaboration = await this.editable(viewer, collaborationId);
    assertBookingDates(input, '');
    return this.db.transaction((manager) => this.hall.bookForCollaboration(manager, viewer, collaboration, input));
  }

  /** The collaboration, if the viewer is staff or one of its two sides (the policy's row test on the match's parties). */
  private async editable(viewer: Viewer, id: string): Promise<Collaboration> {
    const collaboration = await this.get(viewer, id);
    const match = await this.db.getRepository(Match).findOneByOrFail({ id: collaboration.matchId });
    const parties = await loadParties(this.db.manager, match.needId, match.researcherProfileId);
    if (!collaborationPolicy.mayEditMilestones(viewer, parties)) throw new ForbiddenError();
    return collaboration;
  }

  private insertMilestone(manager: EntityManager, collaborationId: string, input: MilestoneInput): Promise<Milestone> {
    return manager.getRepository(Milestone).save({ collaborationId, title: input.title.trim(), dueDate: input.dueDate, status: MilestoneStatus.PLANNED });
  }

  private async notifyStarted(manager: EntityManager, match: Match, parties: MatchParties, collaboration: Collaboration): Promise<void> {
    const to = await bothSides(manager, parties);
    await this.notifications.notify(manager, collaborationNotices(match, parties, to, collaboration.title, collaboration.startDate));
  }
}

/** `fieldOf` names the field a problem is reported on: `milestones.2.dueDate` in a list, `dueDate` alone. */
function assertMilestonesAfter(startDate: string, milestones: MilestoneInput[], fieldOf = (i: number) => `milestones.${i}.dueDate`): void {
  const problems: FieldProblem[] = [];
  milestones.forEach((m, i) => {
    if (m.dueDate < startDate) problems.push({ field: fieldOf(i), reason: 'milestoneBeforeStart', params: { startDate } });
  });
  if (problems.length) throw new InvalidInputError(problems);
}

function assertBookingDates(booking: HallBookingInput, prefix: string): void {
  if (booking.endsOn < booking.startsOn) throw InvalidInputError.field(`${prefix}endsOn`, 'bookingOrder');
}
