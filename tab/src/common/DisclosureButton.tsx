import { Button } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronUpRegular } from '@fluentui/react-icons';

/** A small button that shows or hides the element `controls` names, telling assistive technology which it is. */
export function DisclosureButton({
  open,
  onToggle,
  controls,
  showLabel,
  hideLabel,
}: {
  open: boolean;
  onToggle(open: boolean): void;
  controls: string;
  showLabel: string;
  hideLabel: string;
}) {
  return (
    <Button
      appearance="subtle"
      size="small"
      aria-expanded={open}
      aria-controls={controls}
      icon={open ? <ChevronUpRegular /> : <ChevronDownRegular />}
      onClick={() => onToggle(!open)}
    >
      {open ? hideLabel : showLabel}
    </Button>
  );
}
