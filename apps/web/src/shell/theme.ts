import { createTheme, darken, defaultVariantColorsResolver, parseThemeColor, type CSSVariablesResolver, type VariantColorsResolver } from '@mantine/core';

/**
 * Light variants (alerts, badges, light buttons) write their text darker than the colour's darkest
 * shade: Mantine's default (and orange or yellow's shade 9) fail WCAG AA contrast on the tinted background.
 */
const readableVariants: VariantColorsResolver = (input) => {
  const defaults = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return defaults;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || parsed.color === undefined) return defaults;
  // The colour's family decides ("grape" and "grape.9" alike): a tinted background, dark text.
  const text = darken(input.theme.colors[parsed.color][9], 0.3);
  return {
    ...defaults,
    background: `var(--mantine-color-${parsed.color}-light)`,
    hover: `var(--mantine-color-${parsed.color}-light-hover)`,
    color: text,
    hoverColor: text,
  };
};

/** The cluster's petrol blue for actions (shade 8 is #1f4e5f: AA contrast on white and under white text). */
export const theme = createTheme({
  primaryColor: 'petrol',
  primaryShade: 8,
  colors: {
    petrol: ['#e9f3f6', '#d3e4ea', '#a6c8d4', '#76abbd', '#4f92aa', '#37829e', '#287a99', '#1f6a85', '#1f4e5f', '#143a47'],
  },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  headings: { fontWeight: '700' },
  variantColorResolver: readableVariants,
});

/** Secondary text and error messages dark enough for AA contrast on white and on light greys. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
  },
  dark: {},
});
