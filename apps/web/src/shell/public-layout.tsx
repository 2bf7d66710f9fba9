import { Container } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { AppFrame } from './app-frame';

/** Visitors' pages (sign-in, sign-up, password reset, invitation): no menu, a narrow column. */
export function PublicLayout() {
  return (
    <AppFrame>
      <Container size="sm" px={0} py="md">
        <Outlet />
      </Container>
    </AppFrame>
  );
}
