import { RadioGroup } from 'radix-ui';

/** A segmented radio group (theme, language, fallback): arrow keys move, Tab leaves. */
export function Segmented<V extends string>({
  value,
  options,
  onChange,
  labelId,
}: {
  value: V;
  options: { value: V; label: string }[];
  onChange: (value: V) => void;
  labelId: string;
}) {
  return (
    <RadioGroup.Root
      className="segmented"
      aria-labelledby={labelId}
      orientation="horizontal"
      value={value}
      onValueChange={(next) => onChange(next as V)}
    >
      {options.map((option) => (
        <RadioGroup.Item key={option.value} value={option.value} className="segmented-item">
          {option.label}
        </RadioGroup.Item>
      ))}
    </RadioGroup.Root>
  );
}
