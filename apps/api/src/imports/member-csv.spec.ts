import { InvalidInputError } from '../common/domain-errors';
import { MembershipStatus, OrganisationKind, Role, Sector } from '../members/member.enums';
import {
  columnOf,
  detectDelimiter,
  normaliseHeader,
  organisationKey,
  parseEnumValue,
  parseMemberCsv,
  parseSectors,
  readRecords,
  roleFitsKind,
} from './member-csv';

const HEADER = 'organisation_name,organisation_kind,sectors,city,region,website,membership_status,full_name,email,phone,role,preferred_language';
const ROW = 'Coopérative Tifawt,COOPERATIVE,AGRIFOOD|COSMETICS,Agadir,Souss-Massa,https://tifawt.ma,ACTIVE,Fatima Zahra,fatima@tifawt.ma,+212 600 11 22 33,INDUSTRIAL,fr';

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join('\n');
}

/** The file-level problem a parse fails with. */
function fileError(text: string, limits?: { maxBytes: number; maxRows: number }) {
  try {
    parseMemberCsv(text, limits);
  } catch (error) {
    if (error instanceof InvalidInputError) return error.problems[0];
    throw error;
  }
  throw new Error('expected the file to be refused');
}

function problemsOf(text: string) {
  return parseMemberCsv(text).problems.map(({ line, field, reason }) => ({ line, field, reason }));
}

describe('detectDelimiter', () => {
  it('picks `;` for French Excel exports and `,` otherwise', () => {
    expect(detectDelimiter('a;b;c\n1,2;3;4')).toBe(';');
    expect(detectDelimiter('a,b,c\n1;2,3,4')).toBe(',');
  });

  it('ignores delimiters inside quotes and looks at the first line only', () => {
    expect(detectDelimiter('"a;b;c",d\n1;2;3;4;5')).toBe(',');
  });
});

describe('readRecords', () => {
  it('numbers each record by the file line it starts on, across blank lines and quoted line breaks (CRLF kept as one)', () => {
    const records = readRecords('a,b\r\n1,2\r\n\r\n3,"x\r\ny"\r\n5,6\r\n');
    expect(records.map((r) => [r.line, r.cells])).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
      [3, ['']],
      [4, ['3', 'x\ny']],
      [6, ['5', '6']],
    ]);
  });

  it('refuses a file with an unclosed quote, saying near which line', () => {
    expect(fileError('a,b\n1,2\n3,"4\n')).toEqual({ field: 'csv', reason: 'importMalformedCsv', params: { line: 3 } });
  });
});

describe('header names', () => {
  it('compare without case, spaces, hyphens or accents', () => {
    expect(normaliseHeader('\uFEFF Organisation Name ')).toBe('organisation_name');
    expect(columnOf('E-mail')).toBe('email');
    expect(columnOf('SECTOR')).toBe('sectors');
    expect(columnOf('Préferred Language')).toBe('preferred_language');
    expect(columnOf('notes')).toBeNull();
  });
});

describe('enum cells', () => {
  it('accept the GraphQL names in any case, with spaces, hyphens or accents', () => {
    const kinds = Object.values(OrganisationKind);
    expect(parseEnumValue('cooperative', kinds)).toBe(OrganisationKind.COOPERATIVE);
    expect(parseEnumValue(' Coopérative ', kinds)).toBe(OrganisationKind.COOPERATIVE);
    expect(parseEnumValue('Research lab', kinds)).toBe(OrganisationKind.RESEARCH_LAB);
    expect(parseEnumValue('research-lab', kinds)).toBe(OrganisationKind.RESEARCH_LAB);
    expect(parseEnumValue('laboratoire', kinds)).toBeNull();
  });

  it('read one or two sectors', () => {
    expect(parseSectors('agrifood')).toEqual([Sector.AGRIFOOD]);
    expect(parseSectors('AGRIFOOD | cosmetics')).toEqual([Sector.AGRIFOOD, Sector.COSMETICS]);
    expect(parseSectors('agrifood, cosmetics')).toEqual([Sector.AGRIFOOD, Sector.COSMETICS]);
    expect(parseSectors('AGRIFOOD/textile')).toBeNull();
  });
});

describe('organisationKey', () => {
  it('ignores case, accents, Arabic diacritics, apostrophe styles and repeated spaces', () => {
    expect(organisationKey('  Coopérative   TIFAWT ')).toBe(organisationKey('cooperative tifawt'));
    expect(organisationKey('Huilerie d’Agadir')).toBe(organisationKey("huilerie d'agadir"));
    expect(organisationKey('تَعَاوُنِيَّة أركان')).toBe(organisationKey('تعاونية أركان'));
    expect(organisationKey('Coopérative Tifawt')).not.toBe(organisationKey('Coopérative Tifaout'));
  });
});

describe('roleFitsKind', () => {
  it('is the sign-up rule', () => {
    expect(roleFitsKind(Role.INDUSTRIAL, OrganisationKind.STARTUP)).toBe(true);
    expect(roleFitsKind(Role.INDUSTRIAL, OrganisationKind.UNIVERSITY)).toBe(false);
    expect(roleFitsKind(Role.RESEARCHER, OrganisationKind.RESEARCH_LAB)).toBe(true);
    expect(roleFitsKind(Role.RESEARCHER, OrganisationKind.SUPPORT_BODY)).toBe(false);
  });
});

describe('parseMemberCsv', () => {
  it('reads a `;` file with a BOM, quoted Arabic and French text and lenient enums', () => {
    const text =
      '\uFEFFOrganisation Name;Organisation Kind;Sector;City;Region;Full Name;E-mail;Role;Preferred Language\r\n' +
      '"تعاونية تيفاوت; للأركان";cooperative;agrifood|cosmetics;Agadir;Souss-Massa;"فاطمة الزهراء";Fatima@Tifawt.MA;industrial;AR\r\n' +
      '"Laboratoire ""Agro"" Agadir";Research lab;AGRIFOOD;Agadir;Souss-Massa;Karim Idrissi;karim@lab.ma;RESEARCHER;\r\n';
    const file = parseMemberCsv(text);
    expect(file.problems).toEqual([]);
    expect(file.warnings).toEqual([]);
    expect(file.rows).toBe(2);
    expect(file.valid[0]).toEqual({
      line: 2,
      organisation: expect.objectContaining({
        name: 'تعاونية تيفاوت; للأركان',
        kind: OrganisationKind.COOPERATIVE,
        sectors: [Sector.AGRIFOOD, Sector.COSMETICS],
        city: 'Agadir',
        region: 'Souss-Massa',
      }),
      person: { email: 'fatima@tifawt.ma', fullName: 'فاطمة الزهراء', role: Role.INDUSTRIAL, phone: undefined, preferredLanguage: 'ar' },
    });
    expect(file.valid[1].organisation.name).toBe('Laboratoire "Agro" Agadir');
    expect(file.valid[1].person.preferredLanguage).toBeUndefined();
  });

  it('leaves blank optional cells undefined, so they change nothing', () => {
    const [row] = parseMemberCsv(csv('Safran SARL,COMPANY,AGRIFOOD,Taliouine,Souss-Massa,,,Omar,omar@safran.ma,,INDUSTRIAL,')).valid;
    expect(row.organisation).toMatchObject({ website: undefined, membershipStatus: undefined, size: undefined });
    expect(row.person).toMatchObject({ phone: undefined, preferredLanguage: undefined });
  });

  it('skips blank lines and warns once about unknown columns', () => {
    const file = parseMemberCsv(`${HEADER},notes,\n${ROW},hello,\n\n , ,\n`);
    expect(file.rows).toBe(1);
    expect(file.warnings).toEqual([{ line: 1, field: 'notes', reason: 'importUnknownColumn' }]);
    expect(file.valid[0].organisation.membershipStatus).toBe(MembershipStatus.ACTIVE);
  });

  it('reports each bad cell with its line, column and reason key', () => {
    const problems = problemsOf(
      csv(
        ROW,
        'Coop B,COOPERATIVE,AGRIFOOD,Agadir,Souss-Massa,,,Amina,not-an-email,+212 600,INDUSTRIAL,fr',
        'Coop C,COOPERATIVE,AGRIFOOD,Agadir,Souss-Massa,,,Said,said@c.ma,,RESEARCHER,fr',
        'Coop D,COOPERATIVE,AGRIFOOD,Agadir,Souss-Massa,,,Staff,staff@d.ma,,STAFF,fr',
        'Coop E,FARM,TEXTILE,Agadir,Souss-Massa,ftp://e.ma,MEMBER,Hind,hind@e.ma,call me,INDUSTRIAL,es',
        'Coop F,COOPERATIVE,,Agadir,Souss-Massa,,,,,,INDUSTRIAL,fr',
      ),
    );
    expect(problems).toEqual([
      { line: 3, field: 'email', reason: 'isEmail' },
      { line: 4, field: 'organisation_kind', reason: 'organisationKindMismatch' },
      { line: 5, field: 'role', reason: 'importStaffRole' },
      ...[
        { field: 'organisation_kind', reason: 'importOneOf' },
        { field: 'sectors', reason: 'importOneOf' },
        { field: 'membership_status', reason: 'importOneOf' },
        { field: 'website', reason: 'isUrl' },
        { field: 'preferred_language', reason: 'importOneOf' },
        { field: 'phone', reason: 'isPhoneNumber' },
      ].map((p) => ({ line: 6, ...p })),
      ...['sectors', 'full_name', 'email'].map((field) => ({ line: 7, field, reason: 'isNotEmpty' })),
    ].sort((a, b) => a.line - b.line));
  });

  it('keeps the constraint parameters for the message', () => {
    const [problem] = parseMemberCsv(csv('X,COMPANY,AGRIFOOD,Agadir,Souss-Massa,,,Omar,o@x.ma,,INDUSTRIAL,fr')).problems;
    expect(problem).toEqual({ line: 2, field: 'organisation_name', reason: 'isLength', params: { 0: 2, 1: 200 } });
  });

  it('flags an e-mail repeated in the file, whatever its case, on the later rows', () => {
    const problems = parseMemberCsv(csv(ROW, ROW.replace('fatima@tifawt.ma', 'FATIMA@tifawt.ma'))).problems;
    expect(problems).toEqual([{ line: 3, field: 'email', reason: 'importDuplicateEmail', params: { line: 2 } }]);
  });

  it('flags rows that describe the same organisation differently', () => {
    const other = ROW.replace('fatima@tifawt.ma', 'aicha@tifawt.ma').replace('Agadir', 'Tiznit').replace('Coopérative', 'COOPERATIVE');
    const file = parseMemberCsv(csv(ROW, other));
    expect(file.problems).toEqual([{ line: 3, field: 'city', reason: 'importOrganisationConflict', params: { line: 2 } }]);
    expect(file.valid.map((row) => row.line)).toEqual([2]);
  });

  it('flags values beyond the header', () => {
    expect(problemsOf(csv(`${ROW},,extra`))).toEqual([{ line: 2, field: 'csv', reason: 'importTooManyCells' }]);
  });

  it('fails the whole file when a required column is missing or repeated', () => {
    expect(fileError('organisation_name,city\nA,Agadir')).toEqual({
      field: 'csv',
      reason: 'importMissingColumns',
      params: { columns: 'organisation_kind, sectors, region, full_name, email, role' },
    });
    expect(fileError(`${HEADER},E-mail\n${ROW},x@y.ma`)).toMatchObject({ reason: 'importDuplicateColumn', params: { column: 'email' } });
  });

  it('fails a file that is empty, too large or too long', () => {
    expect(fileError('')).toMatchObject({ reason: 'importEmptyFile' });
    expect(fileError(`${HEADER}\n\n`)).toMatchObject({ reason: 'importEmptyFile' });
    expect(fileError(csv(ROW), { maxBytes: 100, maxRows: 10 })).toMatchObject({ field: 'csv', reason: 'importFileTooLarge' });
    expect(fileError(csv(ROW, ROW, ROW), { maxBytes: 10_000, maxRows: 2 })).toMatchObject({ reason: 'importTooManyRows', params: { max: 2 } });
  });

  it('counts the size in UTF-8 bytes, not characters', () => {
    const arabic = csv(ROW.replace('Fatima Zahra', 'فاطمة'.repeat(20)));
    expect(() => parseMemberCsv(arabic, { maxBytes: arabic.length + 10, maxRows: 10 })).toThrow(InvalidInputError);
  });
});
