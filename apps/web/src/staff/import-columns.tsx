import { Anchor, Table, Text, Title } from '@mantine/core';
import { useI18n } from '../i18n/use-i18n';

/** The columns importMembers reads (see its description in schema.gql); `values` are codes, not prose. */
const COLUMNS: { name: string; required: boolean; values?: string }[] = [
  { name: 'organisation_name', required: true },
  { name: 'organisation_kind', required: true, values: 'COMPANY, STARTUP, COOPERATIVE, RESEARCH_LAB, UNIVERSITY, SUPPORT_BODY' },
  { name: 'sectors', required: true, values: 'AGRIFOOD | COSMETICS' },
  { name: 'city', required: true },
  { name: 'region', required: true },
  { name: 'website', required: false, values: 'https://…' },
  { name: 'size', required: false, values: 'MICRO, SMALL, MEDIUM, LARGE' },
  { name: 'membership_status', required: false, values: 'PENDING, ACTIVE, LAPSED (ACTIVE)' },
  { name: 'full_name', required: true },
  { name: 'email', required: true },
  { name: 'phone', required: false },
  { name: 'role', required: true, values: 'INDUSTRIAL, RESEARCHER' },
  { name: 'preferred_language', required: false, values: 'fr, ar, en (fr)' },
];

const EXAMPLE_CSV = [
  COLUMNS.map((column) => column.name).join(','),
  'Coopérative Tamount,COOPERATIVE,AGRIFOOD|COSMETICS,Taroudant,Souss-Massa,,SMALL,ACTIVE,Fatima Ait Said,fatima@tamount.example,+212 600 11 22 33,INDUSTRIAL,ar',
  'Laboratoire Biotechnologies Agadir,RESEARCH_LAB,AGRIFOOD,Agadir,Souss-Massa,https://lab.example,,ACTIVE,Youssef Amrani,y.amrani@lab.example,,RESEARCHER,fr',
].join('\n');

const EXAMPLE_URL = `data:text/csv;charset=utf-8,${encodeURIComponent(EXAMPLE_CSV)}`;

/** What the file must hold, with an example to start from. */
export function ImportColumns() {
  const { t } = useI18n();
  return (
    <>
      <Title order={2} id="import-columns-title">
        {t('staff.imports.columns')}
      </Title>
      <Table.ScrollContainer minWidth={0}>
        <Table striped withTableBorder aria-labelledby="import-columns-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('staff.imports.column')}</Table.Th>
              <Table.Th>{t('staff.imports.values')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {COLUMNS.map((column) => (
              <Table.Tr key={column.name}>
                <Table.Td>
                  <Text size="sm" ff="monospace" dir="ltr" span>
                    {column.name}
                  </Text>{' '}
                  <Text size="xs" c={column.required ? 'red.9' : 'gray.7'} span>
                    ({t(column.required ? 'staff.imports.required' : 'staff.imports.optional')})
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" dir="ltr" ta="start">
                    {column.values ?? '—'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm">{t('staff.imports.rules')}</Text>
      <Anchor href={EXAMPLE_URL} download="passerelle-import-example.csv" size="sm">
        {t('staff.imports.example')}
      </Anchor>
    </>
  );
}
