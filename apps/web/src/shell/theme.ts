import { createTheme } from '@mantine/core';

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
});
