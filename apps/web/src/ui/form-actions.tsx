import { Button, Group } from '@mantine/core';

interface FormActionsProps {
  cancelLabel: string;
  onCancel: () => void;
  submitLabel: string;
  color?: string;
  loading?: boolean;
}

/** The end of a dialog's form: "Annuler" closes it, the submit button sends the form. */
export function FormActions({ cancelLabel, onCancel, submitLabel, color, loading }: FormActionsProps) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {cancelLabel}
      </Button>
      <Button type="submit" color={color} loading={loading}>
        {submitLabel}
      </Button>
    </Group>
  );
}
