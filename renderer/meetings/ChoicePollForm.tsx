import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHOICE_MODES, createChoicePoll } from '../../shared/meetings/choice-poll';
import type { FieldErrors } from '../../shared/validation';
import { FormErrorSummary, SelectField, TextField } from '../ui/fields';
import { useMeetings } from './meetings-context';

type Mode = (typeof CHOICE_MODES)[number];

/** A show of hands: a question, one option per line, single or multiple choice. */
export function ChoicePollForm({ onCreated }: { onCreated: (pollId: string) => void }) {
  const { t } = useTranslation();
  const { doc } = useMeetings();
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState('');
  const [mode, setMode] = useState<Mode>('single');
  const [errors, setErrors] = useState<FieldErrors>({});
  return (
    <form
      noValidate
      aria-label={t('meetings.choicePoll.newTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        const labels = options.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
        const input = { question, mode, options: labels.map((label) => ({ id: crypto.randomUUID(), label })) };
        const result = createChoicePoll(input, { id: crypto.randomUUID(), now: new Date() });
        if (!result.ok) return setErrors(result.errors);
        doc.putPoll(result.value);
        onCreated(result.value.id);
      }}
    >
      <TextField id="choice-poll-question" value={question} onChange={setQuestion} error={errors.question} label={t('meetings.choicePoll.question')} required />
      <TextField
        id="choice-poll-options"
        multiline
        value={options}
        onChange={setOptions}
        error={errors.options}
        label={t('meetings.choicePoll.options')}
        hint={t('meetings.choicePoll.optionsHint')}
        required
      />
      <SelectField<Mode>
        id="choice-poll-mode"
        value={mode}
        onChange={setMode}
        error={errors.mode}
        label={t('meetings.choicePoll.mode')}
        options={CHOICE_MODES.map((value) => ({ value, label: t(`meetings.choicePoll.modes.${value}`) }))}
      />
      <FormErrorSummary errors={errors} />
      <button type="submit" className="primary">
        {t('meetings.choicePoll.create')}
      </button>
    </form>
  );
}
