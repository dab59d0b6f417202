// Native checkboxes or radios, each inside its label so the whole line is the target.
type Choice<T extends string> = { id: T; label: string };

type Props<T extends string> = {
  name: string;
  type: 'checkbox' | 'radio';
  choices: readonly Choice<T>[];
  selected: readonly T[];
  onChange: (id: T, on: boolean) => void;
};

export function ChoiceList<T extends string>({ name, type, choices, selected, onChange }: Props<T>) {
  return (
    <ul class="choices">
      {choices.map((c) => (
        <li key={c.id}>
          <label class="choice">
            <input
              type={type}
              name={name}
              value={c.id}
              checked={selected.includes(c.id)}
              onChange={(e) => onChange(c.id, e.currentTarget.checked)}
            />
            <span>{c.label}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
