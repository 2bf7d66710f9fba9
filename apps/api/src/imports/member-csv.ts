import { parse } from 'csv-parse/sync';
import { validateSync } from 'class-validator';
import { RegisterInput } from '../auth/dto/register.input';
import { InvalidInputError } from '../common/domain-errors';
import { LanguageCode } from '../common/language.enum';
import { constraintParams, reasonKey } from '../common/validation';
import { CreateOrganisationInput } from '../members/dto/create-organisation.input';
import {
  INDUSTRIAL_KINDS,
  MembershipStatus,
  OrganisationKind,
  OrganisationSize,
  RESEARCH_KINDS,
  Role,
  Sector,
  STAFF_ROLES,
} from '../members/member.enums';

/**
 * The member CSV: one row per person, with their organisation's columns. Pure functions, no
 * database: the file is read, its header mapped, each row checked with the rules the API applies
 * to sign-ups and organisations, then rows are checked against each other (same e-mail twice,
 * one organisation described two ways). imports.service.ts checks rows against Postgres.
 */

export const IMPORT_LIMITS = { maxBytes: 2 * 1024 * 1024, maxRows: 5000 };

export type Column =
  | 'organisation_name'
  | 'organisation_kind'
  | 'sectors'
  | 'city'
  | 'region'
  | 'website'
  | 'size'
  | 'membership_status'
  | 'full_name'
  | 'email'
  | 'phone'
  | 'role'
  | 'preferred_language';

interface ColumnSpec {
  required: boolean;
  /** Other spellings of the header, after normaliseHeader. */
  aliases: string[];
}

export const COLUMNS: Record<Column, ColumnSpec> = {
  organisation_name: { required: true, aliases: ['organization_name', 'organisation', 'organization'] },
  organisation_kind: { required: true, aliases: ['organization_kind', 'kind'] },
  sectors: { required: true, aliases: ['sector'] },
  city: { required: true, aliases: [] },
  region: { required: true, aliases: [] },
  website: { required: false, aliases: [] },
  size: { required: false, aliases: ['organisation_size', 'organization_size'] },
  membership_status: { required: false, aliases: ['membership'] },
  full_name: { required: true, aliases: [] },
  email: { required: true, aliases: ['e_mail', 'mail'] },
  phone: { required: false, aliases: ['telephone'] },
  role: { required: true, aliases: [] },
  preferred_language: { required: false, aliases: ['language'] },
};

const IMPORTABLE_ROLES = [Role.INDUSTRIAL, Role.RESEARCHER];
const LANGUAGES = Object.values(LanguageCode);

/** A problem of one line of the file; `reason` is a message key of i18n-messages.ts. */
export interface RowProblem {
  line: number;
  field: string;
  reason: string;
  params?: Record<string, string | number>;
}

export interface ImportedOrganisation {
  /** What organisations are matched on: see organisationKey. */
  key: string;
  name: string;
  kind: OrganisationKind;
  sectors: Sector[];
  city: string;
  region: string;
  /** Optional columns: undefined when the cell is blank, which never erases a stored value. */
  website?: string;
  size?: OrganisationSize;
  membershipStatus?: MembershipStatus;
}

export interface ImportedPerson {
  /** Lowercased: users are matched on it. */
  email: string;
  fullName: string;
  role: Role;
  phone?: string;
  preferredLanguage?: LanguageCode;
}

export interface MemberRow {
  line: number;
  organisation: ImportedOrganisation;
  person: ImportedPerson;
}

export interface ParsedMemberFile {
  /** Data rows (blank lines are not rows). */
  rows: number;
  /** Rows without a problem, in file order. */
  valid: MemberRow[];
  problems: RowProblem[];
  warnings: RowProblem[];
}

interface CsvRecord {
  line: number;
  cells: string[];
}

type Cells = Partial<Record<Column, string>>;

interface HeaderMap {
  columns: Map<Column, number>;
  width: number;
}

export function parseMemberCsv(text: string, limits = IMPORT_LIMITS): ParsedMemberFile {
  assertSize(text, limits.maxBytes);
  const [header, ...records] = readRecords(stripBom(text));
  if (!header) throw InvalidInputError.field('csv', 'importEmptyFile');
  const { map, warnings } = mapHeader(header);
  const dataRecords = records.filter((record) => !isBlank(record.cells));
  if (dataRecords.length === 0) throw InvalidInputError.field('csv', 'importEmptyFile');
  if (dataRecords.length > limits.maxRows) throw InvalidInputError.field('csv', 'importTooManyRows', { max: limits.maxRows });

  const problems: RowProblem[] = [];
  const candidates: MemberRow[] = [];
  const allCells = dataRecords.map((record) => ({ line: record.line, cells: cellsOf(record, map) }));
  for (const record of dataRecords) problems.push(...extraCellProblems(record, map));
  for (const { line, cells } of allCells) {
    const checked = validateRow(line, cells);
    problems.push(...checked.problems);
    if (checked.row) candidates.push(checked.row);
  }
  problems.push(...duplicateEmailProblems(allCells));
  problems.push(...organisationConflictProblems(candidates));
  const failed = new Set(problems.map((p) => p.line));
  return { rows: dataRecords.length, valid: candidates.filter((row) => !failed.has(row.line)), problems: sortByLine(problems), warnings };
}

export function assertSize(text: string, maxBytes: number): void {
  if (Buffer.byteLength(text, 'utf8') > maxBytes) {
    throw InvalidInputError.field('csv', 'importFileTooLarge', { max: `${Math.round(maxBytes / 1024 / 1024)} MB` });
  }
}

export function stripBom(text: string): string {
  return text.replace(/^\uFEFF/, '');
}

/** `;` (French Excel) or `,`: whichever the header line, outside quotes, has more of. */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Each record with the file line it starts on (header = line 1; a quoted field may span lines). */
export function readRecords(input: string): CsvRecord[] {
  // csv-parse counts a CRLF inside a quoted field as two lines; one line ending keeps numbers right.
  const text = input.replace(/\r\n?/g, '\n');
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record comes as { record, info } (the typings do not follow the option).
    parsed = parse(text, { delimiter: detectDelimiter(text), info: true, relax_column_count: true, skip_empty_lines: false }) as unknown as typeof parsed;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    throw InvalidInputError.field('csv', 'importMalformedCsv', { line });
  }
  let previousEnd = 0;
  return parsed.map(({ record, info }) => {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    return { line, cells: record };
  });
}

/** "Organisation Name", " E-mail " and "préférée" all compare the same way. */
export function normaliseHeader(name: string): string {
  return withoutAccents(stripBom(name))
    .trim()
    .toLowerCase()
    .replace(/[\s\-.]+/g, '_');
}

export function columnOf(header: string): Column | null {
  const name = normaliseHeader(header);
  const columns = Object.entries(COLUMNS) as [Column, ColumnSpec][];
  return columns.find(([column, spec]) => column === name || spec.aliases.includes(name))?.[0] ?? null;
}

/** Missing required columns and repeated ones fail the file; unknown ones are a warning. */
export function mapHeader(header: CsvRecord): { map: HeaderMap; warnings: RowProblem[] } {
  const columns = new Map<Column, number>();
  const warnings: RowProblem[] = [];
  header.cells.forEach((cell, index) => {
    if (!cell.trim()) return;
    const column = columnOf(cell);
    if (!column) {
      warnings.push({ line: header.line, field: cell.trim(), reason: 'importUnknownColumn' });
      return;
    }
    if (columns.has(column)) throw InvalidInputError.field('csv', 'importDuplicateColumn', { column });
    columns.set(column, index);
  });
  const missing = (Object.keys(COLUMNS) as Column[]).filter((column) => COLUMNS[column].required && !columns.has(column));
  if (missing.length) throw InvalidInputError.field('csv', 'importMissingColumns', { columns: missing.join(', ') });
  return { map: { columns, width: header.cells.length }, warnings };
}

/** The row's cells by column, trimmed; blank cells are left out. */
export function cellsOf(record: CsvRecord, map: HeaderMap): Cells {
  const cells: Cells = {};
  for (const [column, index] of map.columns) {
    const value = record.cells[index]?.trim();
    if (value) cells[column] = value;
  }
  return cells;
}

/** Trailing empty cells are common in spreadsheet exports; values beyond the header are not. */
function extraCellProblems(record: CsvRecord, map: HeaderMap): RowProblem[] {
  const extra = record.cells.slice(map.width).filter((cell) => cell.trim());
  return extra.length ? [{ line: record.line, field: 'csv', reason: 'importTooManyCells', params: { count: map.width } }] : [];
}

export function validateRow(line: number, cells: Cells): { row: MemberRow | null; problems: RowProblem[] } {
  const problems = requiredProblems(line, cells);
  const organisation = parseOrganisation(line, cells, problems);
  const person = parsePerson(line, cells, problems);
  if (organisation && person) problems.push(...roleFitProblems(line, person.role, organisation.kind));
  const row = organisation && person && problems.length === 0 ? { line, organisation, person } : null;
  return { row, problems };
}

function requiredProblems(line: number, cells: Cells): RowProblem[] {
  return (Object.keys(COLUMNS) as Column[])
    .filter((column) => COLUMNS[column].required && !cells[column])
    .map((field) => ({ line, field, reason: 'isNotEmpty' }));
}

function parseOrganisation(line: number, cells: Cells, problems: RowProblem[]): ImportedOrganisation | null {
  const before = problems.length;
  const kind = enumCell(line, cells, 'organisation_kind', Object.values(OrganisationKind), problems);
  const sectors = sectorsCell(line, cells, problems);
  const size = enumCell(line, cells, 'size', Object.values(OrganisationSize), problems);
  const membershipStatus = enumCell(line, cells, 'membership_status', Object.values(MembershipStatus), problems);
  const input = Object.assign(new CreateOrganisationInput(), {
    name: collapseSpaces(cells.organisation_name),
    kind,
    sectors,
    city: cells.city,
    region: cells.region,
    size,
    website: cells.website,
  });
  problems.push(...validationProblems(line, input, ORGANISATION_COLUMNS));
  if (problems.length > before || !input.name || !kind || !sectors || !input.city || !input.region) return null;
  return {
    key: organisationKey(input.name),
    name: input.name,
    kind,
    sectors,
    city: input.city,
    region: input.region,
    website: cells.website,
    size: size ?? undefined,
    membershipStatus: membershipStatus ?? undefined,
  };
}

function parsePerson(line: number, cells: Cells, problems: RowProblem[]): ImportedPerson | null {
  const before = problems.length;
  const role = enumCell(line, cells, 'role', Object.values(Role), problems);
  if (role && STAFF_ROLES.includes(role)) problems.push({ line, field: 'role', reason: 'importStaffRole' });
  const preferredLanguage = languageCell(line, cells, problems);
  const input = Object.assign(new RegisterInput(), {
    email: cells.email,
    fullName: collapseSpaces(cells.full_name),
    phone: cells.phone,
  });
  problems.push(...validationProblems(line, input, PERSON_COLUMNS));
  if (problems.length > before || !input.email || !input.fullName || !role) return null;
  return { email: input.email.toLowerCase(), fullName: input.fullName, role, phone: cells.phone, preferredLanguage };
}

/** The sign-up rule: industrials belong to companies, start-ups or cooperatives; researchers to labs or universities. */
export function roleFitsKind(role: Role, kind: OrganisationKind): boolean {
  if (role === Role.INDUSTRIAL) return INDUSTRIAL_KINDS.includes(kind);
  if (role === Role.RESEARCHER) return RESEARCH_KINDS.includes(kind);
  return false;
}

function roleFitProblems(line: number, role: Role, kind: OrganisationKind): RowProblem[] {
  if (!IMPORTABLE_ROLES.includes(role) || roleFitsKind(role, kind)) return [];
  return [{ line, field: 'organisation_kind', reason: 'organisationKindMismatch' }];
}

/** Enum cells accept the GraphQL names in any case, with spaces or hyphens for `_` and accents ignored. */
export function parseEnumValue<T extends string>(value: string, allowed: T[]): T | null {
  const candidate = withoutAccents(value).trim().toUpperCase().replace(/[\s-]+/g, '_');
  return allowed.find((option) => option === candidate) ?? null;
}

function enumCell<T extends string>(line: number, cells: Cells, column: Column, allowed: T[], problems: RowProblem[]): T | null {
  const value = cells[column];
  if (!value) return null;
  const parsed = parseEnumValue(value, allowed);
  if (!parsed) problems.push({ line, field: column, reason: 'importOneOf', params: { values: allowed.join(', ') } });
  return parsed;
}

/** "AGRIFOOD|COSMETICS", "agrifood, cosmetics" (quoted in a `,` file) or "AGRIFOOD/COSMETICS". */
export function parseSectors(value: string): Sector[] | null {
  const parts = value.split(/[|,;/+]/).map((part) => part.trim()).filter(Boolean);
  const sectors = parts.map((part) => parseEnumValue(part, Object.values(Sector)));
  return sectors.every((sector): sector is Sector => sector !== null) ? sectors : null;
}

function sectorsCell(line: number, cells: Cells, problems: RowProblem[]): Sector[] | null {
  if (!cells.sectors) return null;
  const sectors = parseSectors(cells.sectors);
  if (!sectors) problems.push({ line, field: 'sectors', reason: 'importOneOf', params: { values: Object.values(Sector).join(', ') } });
  return sectors;
}

function languageCell(line: number, cells: Cells, problems: RowProblem[]): LanguageCode | undefined {
  const value = cells.preferred_language?.toLowerCase();
  if (!value) return undefined;
  const language = LANGUAGES.find((code) => code === value);
  if (!language) problems.push({ line, field: 'preferred_language', reason: 'importOneOf', params: { values: LANGUAGES.join(', ') } });
  return language;
}

/**
 * Organisations are matched on their trimmed name without case, accents, Arabic diacritics or
 * repeated spaces. (The database's unique index is on lower(name) only: this is stricter.)
 */
export function organisationKey(name: string): string {
  return collapseSpaces(withoutAccents(name).toLowerCase().replace(/[’‘`´]/g, "'")) ?? '';
}

function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

function collapseSpaces(text: string | undefined): string | undefined {
  return text?.replace(/\s+/g, ' ').trim();
}

const ORGANISATION_COLUMNS: Record<string, Column> = {
  name: 'organisation_name',
  kind: 'organisation_kind',
  sectors: 'sectors',
  city: 'city',
  region: 'region',
  size: 'size',
  website: 'website',
};
const PERSON_COLUMNS: Record<string, Column> = { email: 'email', fullName: 'full_name', phone: 'phone' };

/**
 * The class-validator rules of the API's own inputs (CreateOrganisationInput, RegisterInput),
 * reported on CSV columns with the message keys the validation pipe uses. Properties the CSV does
 * not fill (RegisterInput's password, organisation…), blank cells and values already refused as
 * enums are undefined or null, hence skipped: each field is reported once.
 */
function validationProblems(line: number, input: object, columns: Record<string, Column>): RowProblem[] {
  const errors = validateSync(input, { skipMissingProperties: true, stopAtFirstError: true, forbidUnknownValues: false });
  return errors
    .filter((error) => error.property in columns)
    .flatMap((error) =>
      Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
        line,
        field: columns[error.property],
        reason: reasonKey(constraint, message),
        params: constraintParams(error, constraint),
      })),
    );
}

/** Every occurrence of an e-mail after its first is a problem (pointing at the first). */
export function duplicateEmailProblems(rows: { line: number; cells: Cells }[]): RowProblem[] {
  const firstLine = new Map<string, number>();
  const problems: RowProblem[] = [];
  for (const { line, cells } of rows) {
    const email = cells.email?.toLowerCase();
    if (!email) continue;
    const first = firstLine.get(email);
    if (first === undefined) firstLine.set(email, line);
    else problems.push({ line, field: 'email', reason: 'importDuplicateEmail', params: { line: first } });
  }
  return problems;
}

const COMPARED: (keyof ImportedOrganisation)[] = ['kind', 'sectors', 'city', 'region', 'website', 'size', 'membershipStatus'];
const COLUMN_OF: Partial<Record<keyof ImportedOrganisation, Column>> = {
  kind: 'organisation_kind',
  membershipStatus: 'membership_status',
};

/** The rows of one organisation must describe it the same way; the first row is the reference. */
export function organisationConflictProblems(rows: MemberRow[]): RowProblem[] {
  const first = new Map<string, MemberRow>();
  const problems: RowProblem[] = [];
  for (const row of rows) {
    const reference = first.get(row.organisation.key);
    if (!reference) {
      first.set(row.organisation.key, row);
      continue;
    }
    for (const field of COMPARED) {
      if (comparable(reference.organisation[field]) !== comparable(row.organisation[field])) {
        problems.push({ line: row.line, field: COLUMN_OF[field] ?? field, reason: 'importOrganisationConflict', params: { line: reference.line } });
      }
    }
  }
  return problems;
}

export function sameSectors(a: Sector[], b: Sector[]): boolean {
  return comparable(a) === comparable(b);
}

function comparable(value: unknown): string {
  return Array.isArray(value) ? [...value].sort().join('|') : String(value ?? '');
}

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => !cell.trim());
}

function sortByLine(problems: RowProblem[]): RowProblem[] {
  return [...problems].sort((a, b) => a.line - b.line);
}
