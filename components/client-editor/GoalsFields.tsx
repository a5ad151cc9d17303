import type { GoalDraft } from './draft';
import { GOAL_STATUSES, newGoal } from './draft';
import { SelectField, TextArea } from './Field';
import type { FieldError } from './issues';
import { RepeatableGroup } from './RepeatableGroup';

interface Props {
  idPrefix: string;
  goals: readonly GoalDraft[];
  onChange: (goals: GoalDraft[]) => void;
  errorsFor: (key: string) => readonly FieldError[] | undefined;
}

export function GoalsFields({ idPrefix, goals, onChange, errorsFor }: Props) {
  return (
    <RepeatableGroup
      idPrefix={idPrefix}
      title="Goals"
      itemName="Goal"
      items={goals}
      onChange={onChange}
      create={newGoal}
      emptyText="No goals recorded. What does this client want, and what would they accept?"
      sectionErrors={errorsFor('goals')}
      itemErrors={(g) => errorsFor(`goals.${g.id}`)}
      renderItem={(g, update, fieldId) => (
        <>
          <TextArea
            id={fieldId('text')}
            label="Goal"
            rows={2}
            value={g.text}
            errors={errorsFor(`goals.${g.id}.text`)}
            onInput={(text) => update({ text })}
          />
          <TextArea
            id={fieldId('acceptableOutcome')}
            label="Acceptable outcome"
            rows={2}
            value={g.acceptableOutcome}
            errors={errorsFor(`goals.${g.id}.acceptableOutcome`)}
            onInput={(acceptableOutcome) => update({ acceptableOutcome })}
          />
          <SelectField
            id={fieldId('status')}
            label="Status"
            value={g.status}
            options={GOAL_STATUSES}
            errors={errorsFor(`goals.${g.id}.status`)}
            onChange={(status) => update({ status })}
          />
        </>
      )}
    />
  );
}
