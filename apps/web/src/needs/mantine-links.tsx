import { Anchor, Button, type AnchorProps, type ButtonProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';

// createLink needs a plain (non-polymorphic) component to keep both the router's typed `to` /
// `params` and Mantine's props (variant, size, inherit…).
const AnchorElement = forwardRef<HTMLAnchorElement, AnchorProps & ComponentPropsWithoutRef<'a'>>((props, ref) => <Anchor component="a" ref={ref} {...props} />);
const ButtonElement = forwardRef<HTMLAnchorElement, ButtonProps & ComponentPropsWithoutRef<'a'>>((props, ref) => <Button component="a" ref={ref} {...props} />);

/** Mantine's Anchor as a typed router link: `<AnchorLink to="/needs/$needId" params={{ needId }}>`. */
export const AnchorLink = createLink(AnchorElement);
/** Mantine's Button as a typed router link. */
export const ButtonLink = createLink(ButtonElement);
