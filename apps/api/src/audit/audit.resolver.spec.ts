import { readableDetails } from './audit.resolver';

describe('readableDetails', () => {
  it('puts from and to first, then the other details by name, with values as text', () => {
    expect(readableDetails({ reason: 'Hors périmètre', to: 'SUSPENDED', count: 2, from: 'PENDING', nested: { a: 1 } })).toEqual([
      { name: 'from', value: 'PENDING' },
      { name: 'to', value: 'SUSPENDED' },
      { name: 'count', value: '2' },
      { name: 'nested', value: '{"a":1}' },
      { name: 'reason', value: 'Hors périmètre' },
    ]);
  });

  it('leaves out empty values', () => {
    expect(readableDetails({ from: null, to: undefined, name: 'Coopérative' })).toEqual([{ name: 'name', value: 'Coopérative' }]);
  });
});
