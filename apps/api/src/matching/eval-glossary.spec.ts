import { withGlossaryOption } from './eval.cli';

describe('npm run eval --glossary', () => {
  it('takes "starter" or "none" (the default) and passes the other arguments on', () => {
    expect(withGlossaryOption(['collection', 'c.json', '--folds', '5'])).toEqual({ args: ['collection', 'c.json', '--folds', '5'], glossary: 'none' });
    expect(withGlossaryOption(['collection', 'c.json', '--glossary', 'starter', '--seed', '1'])).toEqual({ args: ['collection', 'c.json', '--seed', '1'], glossary: 'starter' });
    expect(withGlossaryOption(['gold', 'dir', '--glossary=none'])).toEqual({ args: ['gold', 'dir'], glossary: 'none' });
    expect(() => withGlossaryOption(['gold', 'dir', '--glossary', 'mine'])).toThrow('--glossary takes "starter" or "none"');
  });
});
