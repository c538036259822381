import { Button } from '../../ui/button';
import type { FieldProblem } from '../../ui/form-field';
import { SelectField } from '../../ui/select-field';
import { pickableLabel } from './organizations-of-kind-query';
import { OrganizationSearchSelect } from './organization-search-select';
import { useOrganizationsOfKind } from './use-organizations-of-kind';

export interface ServedByPartnerFieldProps {
  /** The partner's id, or '' for none. */
  value: string;
  onChange: (partnerId: string) => void;
  problem?: FieldProblem | null;
  /** Lets the form move focus here when the server refuses the partner. */
  fieldRef: (element: HTMLElement | null) => void;
}

const LABEL = 'Served by partner';
const DESCRIPTION = 'The partner’s administrators can then manage this customer’s people.';
/** The choice that names no partner; never an organization's id. */
const NO_PARTNER = { id: 'no-partner', label: 'No partner' };

/**
 * The optional partner serving a new customer. Partners are usually few and listed in a plain
 * select; past what a select can hold, the picker searches them by name.
 */
export function ServedByPartnerField({
  value,
  onChange,
  problem,
  fieldRef,
}: ServedByPartnerFieldProps) {
  const partners = useOrganizationsOfKind('PARTNER');

  if (!partners.complete) {
    return (
      <div className="create-organization__partner">
        <OrganizationSearchSelect
          kind="PARTNER"
          label={LABEL}
          labelNote="optional"
          description={DESCRIPTION}
          placeholder="No partner"
          fixed={NO_PARTNER}
          selectedId={value || NO_PARTNER.id}
          onSelect={(partner) => onChange(partner?.id ?? '')}
          problem={problem}
          triggerRef={fieldRef}
        />
      </div>
    );
  }

  return (
    <div className="create-organization__partner">
      <SelectField
        label={LABEL}
        labelNote="optional"
        name="servedByPartnerId"
        description={
          partners.failed
            ? 'The partners could not be loaded. You can also link one later, from the organization’s page.'
            : DESCRIPTION
        }
        value={value}
        options={[
          { value: '', label: partners.loading ? 'Loading partners…' : 'No partner' },
          ...partners.organizations.map((partner) => ({
            value: partner.id,
            label: pickableLabel(partner),
          })),
        ]}
        isDisabled={partners.loading || partners.failed}
        problem={problem}
        selectRef={fieldRef}
        onChange={onChange}
      />
      {partners.failed ? <Button onPress={partners.retry}>Load partners again</Button> : null}
    </div>
  );
}
