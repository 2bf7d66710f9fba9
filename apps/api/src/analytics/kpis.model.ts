import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DeclineReason, MatchSide } from '../brokering/brokering.enums';
import { Language } from '../common/i18n-messages';
import { LanguageCode } from '../common/language.enum';
import { EventStatus } from '../events/events.enums';
import { EventKpis } from '../events/events.models';
import { Sector } from '../members/member.enums';

@ObjectType()
export class DeclineReasonCount {
  @Field(() => DeclineReason)
  reason: DeclineReason;

  @Field(() => MatchSide)
  side: MatchSide;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Funnel figures over a period; each counts the events that happened in it' })
export class KpiFigures {
  @Field(() => Int, { description: 'Needs published (not drafts) in the period' })
  needsPosted: number;

  @Field(() => Int, { description: 'Matches put into the pipeline in the period (engine suggestions, shortlisted by staff, from a request): the top of the funnel' })
  matchesSuggested: number;

  @Field(() => Int, { description: 'Matches proposed to both sides in the period' })
  matchesProposed: number;

  @Field(() => Int, { description: 'Introductions (double opt-in) made in the period' })
  introductions: number;

  @Field(() => Int, { description: 'Collaborations started in the period' })
  collaborations: number;

  @Field(() => Int, { description: 'Matches closed with the outcome SUCCESS in the period' })
  successes: number;

  @Field(() => Float, { nullable: true, description: 'Of the matches proposed in the period, the share introduced since (null without proposals)' })
  introductionRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Of the introductions made in the period, the share that became collaborations (null without introductions)' })
  collaborationRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Median days from posting a need to an introduction, over the introductions of the period' })
  medianDaysNeedToIntroduction: number | null;
}

@ObjectType()
export class SectorKpis extends KpiFigures {
  @Field(() => Sector)
  sector: Sector;
}

@ObjectType()
export class MonthKpis {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => Int)
  needsPosted: number;

  @Field(() => Int)
  matchesSuggested: number;

  @Field(() => Int)
  matchesProposed: number;

  @Field(() => Int)
  introductions: number;

  @Field(() => Int)
  collaborations: number;
}

@ObjectType()
export class Kpis extends KpiFigures {
  @Field({ description: 'YYYY-MM-DD (UTC days)' })
  from: string;

  @Field({ description: 'YYYY-MM-DD, inclusive' })
  to: string;

  @Field(() => [DeclineReasonCount], { description: 'Declines answered in the period, most frequent first' })
  declineReasons: DeclineReasonCount[];

  @Field(() => [SectorKpis])
  bySector: SectorKpis[];

  @Field(() => [MonthKpis])
  byMonth: MonthKpis[];
}

@ObjectType({ description: 'One brokerage day of the period in figures (as eventKpis counts them)' })
export class PeriodEventKpis extends EventKpis {
  @Field(() => ID)
  eventId: string;

  @Field()
  title: string;

  @Field({ description: 'YYYY-MM-DD' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD (inclusive)' })
  endsOn: string;

  @Field(() => EventStatus)
  status: EventStatus;
}

@ObjectType({ description: 'Brokerage days whose first day falls in the period (drafts left out; every sector)' })
export class EventsKpis {
  @Field(() => [PeriodEventKpis], { description: 'By first day, then title' })
  events: PeriodEventKpis[];

  @Field(() => EventKpis, { description: 'Each figure summed over the events' })
  total: EventKpis;
}

@ObjectType({ description: 'Why proposals were declined, for one need or one researcher' })
export class DeclineFeedback {
  @Field(() => DeclineReason)
  reason: DeclineReason;

  @Field(() => Int)
  count: number;

  @Field(() => [String], { description: 'The free texts that came with them, newest first' })
  notes: string[];
}

@ObjectType({ description: 'A column of an export: its stable key (what machines read) and its heading in the file' })
export class CsvFileColumn {
  @Field({ description: 'Stable across languages, e.g. status (the ISO code) and status_label (its reading)' })
  key: string;

  @Field({ description: "The heading written in the file, in the file's language" })
  label: string;
}

@ObjectType()
export class CsvFile {
  @Field()
  filename: string;

  @Field(() => LanguageCode, { description: 'The language of the headings and labels: the request’s Accept-Language, else the viewer’s' })
  language: Language;

  @Field(() => [CsvFileColumn], { description: 'The columns in file order' })
  columns: CsvFileColumn[];

  @Field()
  contentType: string;

  @Field(() => Int, { description: 'Data rows, without the header' })
  rows: number;

  @Field({ description: 'UTF-8 with a byte-order mark, so spreadsheet programs read Arabic correctly' })
  content: string;
}
