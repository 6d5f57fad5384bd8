import { useState, type ReactNode } from 'react';
import { TextField } from '../ui/fields';

/** One line of text added to a list (a key point, a decision, a next step); `onAdd` answers with an error key or nothing. */
export function AddLineForm(props: { id: string; label: string; button: string; onAdd: (text: string) => string | undefined; children?: ReactNode; multiline?: boolean }) {
  const { id, label, button, onAdd, children, multiline } = props;
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  return (
    <form
      noValidate
      aria-label={button}
      className="add-line"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() === '') return setError('errors.required');
        const problem = onAdd(text.trim());
        setError(problem);
        if (!problem) setText('');
      }}
    >
      <TextField id={id} value={text} onChange={setText} error={error} label={label} multiline={multiline} />
      {children}
      <button type="submit">{button}</button>
    </form>
  );
}
