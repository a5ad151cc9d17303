import type { MatterDraft } from './draft';
import { newMatter } from './draft';
import { TextField } from './Field';
import type { FieldError } from './issues';
import { RepeatableGroup } from './RepeatableGroup';
import { t } from '../../lib/i18n/t';
import type { ComponentChildren } from 'preact';
import { MatterPeopleFields } from '../people/MatterPeopleFields';
import type { PersonDraft } from '../people/person-draft';
import '../people/people.css';

interface Props {
  idPrefix: string;
  matters: readonly MatterDraft[];
  onChange: (matters: MatterDraft[]) => void;
  errorsFor: (key: string) => readonly FieldError[] | undefined;
  /** Under a matter person's fields (e.g. that person's conflict warning). */
  belowPerson?: (matterId: string, person: PersonDraft) => ComponentChildren;
}

export function MattersFields({ idPrefix, matters, onChange, errorsFor, belowPerson }: Props) {
  return (
    <RepeatableGroup
      idPrefix={idPrefix}
      title={t('clients_matters')}
      legend={(number) => t('clients_matter_n', { number })}
      removeLabel={(number) => t('clients_matter_remove', { number })}
      addLabel={t('clients_matter_add')}
      items={matters}
      onChange={onChange}
      create={newMatter}
      emptyText={t('clients_matters_empty')}
      sectionErrors={errorsFor('matters')}
      itemErrors={(m) => errorsFor(`matters.${m.id}`)}
      renderItem={(m, update, fieldId) => (
        <>
          <TextField
            id={fieldId('caseNumber')}
            label={t('clients_field_case_number')}
            value={m.caseNumber}
            errors={errorsFor(`matters.${m.id}.caseNumber`)}
            onInput={(caseNumber) => update({ caseNumber })}
          />
          <TextField
            id={fieldId('caseName')}
            label={t('clients_field_case_name')}
            value={m.caseName}
            errors={errorsFor(`matters.${m.id}.caseName`)}
            onInput={(caseName) => update({ caseName })}
          />
          <TextField
            id={fieldId('court')}
            label={t('clients_field_court')}
            value={m.court}
            errors={errorsFor(`matters.${m.id}.court`)}
            onInput={(court) => update({ court })}
          />
          <TextField
            id={fieldId('matterCode')}
            label={t('clients_field_matter_code')}
            value={m.matterCode}
            errors={errorsFor(`matters.${m.id}.matterCode`)}
            onInput={(matterCode) => update({ matterCode })}
          />
          <MatterPeopleFields
            idPrefix={fieldId('people')}
            matterId={m.id}
            people={m.people}
            onChange={(people) => update({ people })}
            errorsFor={errorsFor}
            below={belowPerson ? (p) => belowPerson(m.id, p) : undefined}
          />
        </>
      )}
    />
  );
}
