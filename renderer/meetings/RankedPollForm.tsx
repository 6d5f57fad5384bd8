import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createRankedPoll } from '../../shared/meetings/ranked-poll';
import type { FieldErrors } from '../../shared/validation';
import { FormErrorSummary, TextField } from '../ui/fields';
import { useMeetings } from './meetings-context';

/** A ranked-choice poll: a question and one option per line; members rank as many options as they like. */
export function RankedPollForm({ onCreated }: { onCreated: (pollId: string) => void }) {
  const { t } = useTranslation();
  const { doc } = useMeetings();
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  return (
    <form
      noValidate
      aria-label={t('meetings.rankedPoll.newTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        const labels = options.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
        const input = { question, options: labels.map((label) => ({ id: crypto.randomUUID(), label })) };
        const result = createRankedPoll(input, { id: crypto.randomUUID(), now: new Date() });
        if (!result.ok) return setErrors(result.errors);
        doc.putPoll(result.value);
        onCreated(result.value.id);
      }}
    >
      <TextField id="ranked-poll-question" value={question} onChange={setQuestion} error={errors.question} label={t('meetings.rankedPoll.question')} required />
      <TextField
        id="ranked-poll-options"
        multiline
        value={options}
        onChange={setOptions}
        error={errors.options}
        label={t('meetings.rankedPoll.options')}
        hint={t('meetings.choicePoll.optionsHint')}
        required
      />
      <FormErrorSummary errors={errors} />
      <button type="submit" className="primary">
        {t('meetings.rankedPoll.create')}
      </button>
    </form>
  );
}
