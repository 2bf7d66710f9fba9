import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { StaffOnly } from '../common/roles.decorator';
import { CurrentViewer, Viewer } from '../common/viewer';
import { ImportMembersInput } from './dto/import-members.input';
import { ImportReport } from './import-report.model';
import { ImportsService } from './imports.service';

const DESCRIPTION = `Staff and admins: import organisations and their people from a CSV file, one row per person.
Columns (header on line 1; any case, spaces or hyphens for underscores; \`,\` or \`;\` separated; UTF-8, BOM allowed):
organisation_name*, organisation_kind* (COMPANY, STARTUP, COOPERATIVE, RESEARCH_LAB, UNIVERSITY, SUPPORT_BODY),
sectors* (AGRIFOOD and/or COSMETICS, separated by | / or +), city*, region*, website, size (MICRO, SMALL, MEDIUM, LARGE),
membership_status (PENDING, ACTIVE, LAPSED; default ACTIVE), full_name*, email*, phone,
role* (INDUSTRIAL or RESEARCHER), preferred_language (fr, ar, en; default fr). * = required.
Organisations are matched by name (case and accents ignored), people by e-mail: importing a file again changes nothing.
Blank optional cells never erase a value; an existing person's role, status and password are never changed.
New people are ACTIVE without a password: inviteMembers sends them their invitations.
dryRun (the default) writes nothing and reports what apply would do; apply writes every row in one transaction and
refuses the whole file (BAD_USER_INPUT) while any row has a problem.`;

@Resolver()
export class ImportsResolver {
  constructor(private readonly service: ImportsService) {}

  @StaffOnly()
  @Mutation(() => ImportReport, { description: DESCRIPTION })
  importMembers(@CurrentViewer() viewer: Viewer, @Args('input') input: ImportMembersInput) {
    return this.service.importMembers(viewer, input);
  }
}
