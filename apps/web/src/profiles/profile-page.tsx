import { Title } from '@mantine/core';

// Placeholder while the page is being built (Web client I); replaced before the issue closes.
export function ProfilePage() {
  return <Title order={1}>ProfilePage</Title>;
}
