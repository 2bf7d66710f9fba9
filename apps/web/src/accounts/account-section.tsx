import { Card, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** One titled part of an account page (a card with its <h2>, which names the region). */
export function AccountSection({ title, children }: { title: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" mb="md" id={titleId}>
        {title}
      </Title>
      {children}
    </Card>
  );
}
