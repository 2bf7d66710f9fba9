import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsString } from 'class-validator';

/** Size and row limits are checked by the service after the role, so a member learns nothing from them. */
@InputType()
export class ImportMembersInput {
  @Field({ description: "The CSV file's text (UTF-8, `,` or `;` separated, header on line 1): at most 2 MB and 5,000 rows" })
  @IsString()
  csv: string;

  @Field({ defaultValue: true, description: 'true (the default): report what would happen and write nothing' })
  @IsBoolean()
  dryRun: boolean;
}
