import { Card, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One titled part of an account page (a card with its <h2>). */
export function AccountSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section">
      <Title order={2} size="h4" mb="md">
        {title}
      </Title>
      {children}
    </Card>
  );
}
