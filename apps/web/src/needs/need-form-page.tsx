import { Title } from '@mantine/core';

// Placeholder while the page is being built (Web client I); replaced before the issue closes.
export function NewNeedPage() {
  return <Title order={1}>NewNeedPage</Title>;
}

export function EditNeedPage() {
  return <Title order={1}>EditNeedPage</Title>;
}
