import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdPipe } from '../common/validation';
import { CurrentViewer, Viewer } from '../common/viewer';
import { PeriodArgs } from './dto/hall.args';
import { EquipmentInput, MaintenanceInput } from './dto/hall.input';
import { HallBookingsService } from './hall-bookings.service';
import { today } from './hall-days';
import { HallEquipment } from './hall-equipment.entity';
import { HallMaintenance } from './hall-maintenance.entity';
import { HallCalendarEntry, HallOccupancy } from './hall.models';
import { HallService } from './hall.service';

@Resolver(() => HallEquipment)
export class HallResolver {
  constructor(
    private readonly service: HallService,
    private readonly bookings: HallBookingsService,
  ) {}

  @Query(() => [HallEquipment], { description: 'The technology hall’s equipment, by category and name (signed-in people); archived ones for staff on request' })
  hallCatalogue(@CurrentViewer() viewer: Viewer, @Args('includeArchived', { nullable: true, defaultValue: false }) includeArchived: boolean) {
    return this.service.catalogue(viewer, includeArchived);
  }

  @Query(() => HallEquipment, { description: 'One equipment of the technology hall (signed-in people)' })
  hallEquipment(@Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.equipment(id);
  }

  @Query(() => [HallOccupancy], { description: 'Staff: per equipment and month of the period, approved booking days over available (non-maintenance) days' })
  hallOccupancy(@CurrentViewer() viewer: Viewer, @Args() period: PeriodArgs) {
    return this.service.occupancy(viewer, period.from, period.to);
  }

  @Mutation(() => HallEquipment, { description: 'Staff' })
  createHallEquipment(@CurrentViewer() viewer: Viewer, @Args('input') input: EquipmentInput) {
    return this.service.create(viewer, input);
  }

  @Mutation(() => HallEquipment, { description: 'Staff' })
  updateHallEquipment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: EquipmentInput) {
    return this.service.update(viewer, id, input);
  }

  @Mutation(() => HallEquipment, { description: 'Staff: leaves the catalogue; its bookings stay' })
  archiveHallEquipment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.archive(viewer, id);
  }

  @Mutation(() => HallMaintenance, { description: 'Staff: days the equipment cannot be booked; refused over days a booking or request holds' })
  addHallMaintenance(@CurrentViewer() viewer: Viewer, @Args('equipmentId', { type: () => ID }, IdPipe) equipmentId: string, @Args('input') input: MaintenanceInput) {
    return this.service.addMaintenance(viewer, equipmentId, input);
  }

  @Mutation(() => Boolean, { description: 'Staff' })
  removeHallMaintenance(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.removeMaintenance(viewer, id);
  }

  @ResolveField(() => [HallMaintenance], { description: 'Maintenance periods that are not over yet' })
  maintenance(@Parent() equipment: HallEquipment) {
    return this.service.maintenance(equipment.id, today(), null);
  }

  @ResolveField(() => [HallCalendarEntry], { description: 'Approved and pending bookings and maintenance between two days (at most 400); other organisations’ bookings show their days only' })
  calendar(@CurrentViewer() viewer: Viewer, @Parent() equipment: HallEquipment, @Args() period: PeriodArgs) {
    return this.bookings.calendar(viewer, equipment.id, period.from, period.to);
  }
}

