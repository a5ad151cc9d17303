import type { GoalDraft } from './draft';
import { GOAL_STATUSES, newGoal } from './draft';
import { SelectField, TextArea } from './Field';
import type { FieldError } from './issues';
import { RepeatableGroup } from './RepeatableGroup';
import { t } from '../../lib/i18n/t';

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
      title={t('clients_goals')}
      legend={(number) => t('clients_goal_n', { number })}
      removeLabel={(number) => t('clients_goal_remove', { number })}
      addLabel={t('clients_goal_add')}
      items={goals}
      onChange={onChange}
      create={newGoal}
      emptyText={t('clients_goals_empty')}
      sectionErrors={errorsFor('goals')}
      itemErrors={(g) => errorsFor(`goals.${g.id}`)}
      renderItem={(g, update, fieldId) => (
        <>
          <TextArea
            id={fieldId('text')}
            label={t('clients_goal')}
            rows={2}
            value={g.text}
            errors={errorsFor(`goals.${g.id}.text`)}
            onInput={(text) => update({ text })}
          />
          <TextArea
            id={fieldId('acceptableOutcome')}
            label={t('clients_goal_outcome')}
            rows={2}
            value={g.acceptableOutcome}
            errors={errorsFor(`goals.${g.id}.acceptableOutcome`)}
            onInput={(acceptableOutcome) => update({ acceptableOutcome })}
          />
          <SelectField
            id={fieldId('status')}
            label={t('clients_goal_status')}
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
