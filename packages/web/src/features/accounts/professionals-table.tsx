import type { ProfessionalStatus, Role } from '@foyer/shared';
import { Link } from 'react-router';
import { professionalPath } from '../../app/paths';
import type { OrderDirection, ProfessionalOrderField } from '../../gql/graphql';
import { DateTime } from '../../ui/date-time';
import { RoleChips } from '../../ui/role-chip';
import { StatusBadge } from '../../ui/status-badge';
import {
  Cell,
  Column,
  Row,
  Table,
  TableBody,
  TableHeader,
  type SortDescriptor,
} from '../../ui/table';

export interface ProfessionalRow {
  id: string;
  displayName: string;
  email: string;
  roles: readonly Role[];
  status: ProfessionalStatus;
  lastSignInAt?: string | null;
}

export interface ProfessionalsTableProps {
  organizationId: string;
  organizationName: string;
  professionals: readonly ProfessionalRow[];
  orderField: ProfessionalOrderField;
  orderDirection: OrderDirection;
  /** A new page or order is on its way. */
  isBusy: boolean;
  onSortChange: (field: ProfessionalOrderField, direction: OrderDirection) => void;
}

/** The organization's professionals, one row each; the server sorts, the headers ask it to. */
export function ProfessionalsTable({
  organizationId,
  organizationName,
  professionals,
  orderField,
  orderDirection,
  isBusy,
  onSortChange,
}: ProfessionalsTableProps) {
  const sortDescriptor: SortDescriptor = {
    column: orderField,
    direction: orderDirection === 'ASC' ? 'ascending' : 'descending',
  };

  return (
    <Table
      aria-label={`Professionals of ${organizationName}`}
      sortDescriptor={sortDescriptor}
      onSortChange={({ column, direction }) =>
        onSortChange(column as ProfessionalOrderField, direction === 'descending' ? 'DESC' : 'ASC')
      }
      isBusy={isBusy}
    >
      <TableHeader>
        <Column id="NAME" isRowHeader allowsSorting>
          Name
        </Column>
        <Column id="EMAIL" allowsSorting>
          E-mail
        </Column>
        <Column id="ROLES">Roles</Column>
        <Column id="STATUS" allowsSorting>
          Status
        </Column>
        <Column id="LAST_SIGN_IN" allowsSorting>
          Last sign-in
        </Column>
      </TableHeader>
      <TableBody items={professionals}>
        {(professional) => (
          <Row id={professional.id}>
            <Cell textValue={professional.displayName}>
              <Link
                className="table__primary-link"
                to={professionalPath(organizationId, professional.id)}
              >
                {professional.displayName}
              </Link>
            </Cell>
            <Cell textValue={professional.email}>
              <span className="table__email">{professional.email}</span>
            </Cell>
            <Cell>
              <RoleChips roles={professional.roles} emptyLabel="—" />
            </Cell>
            <Cell>
              <StatusBadge status={professional.status} />
            </Cell>
            <Cell>
              {professional.lastSignInAt ? (
                <DateTime value={professional.lastSignInAt} compact />
              ) : (
                <span className="muted">Never</span>
              )}
            </Cell>
          </Row>
        )}
      </TableBody>
    </Table>
  );
}
