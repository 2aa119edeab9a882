import { graphql } from '../../../graphql/generated';
import type { UnitFieldsFragment } from '../../../graphql/generated/graphql';

export type Unit = UnitFieldsFragment;
import type { CreateUnitMutationVariables, UpdateUnitMutationVariables } from '../../../graphql/generated/graphql';
export type CreateUnitVariables = CreateUnitMutationVariables;
export type UpdateUnitVariables = UpdateUnitMutationVariables;


export const UNIT_FIELDS = graphql(`
  fragment UnitFields on Unit {
    id
    code
    name
    kind
    version
  }
`);

/** Every unit, the division first (for pickers and the chief's list). */
export const UNITS_QUERY = graphql(`
  query Units {
    units {
      ...UnitFields
    }
  }
`);

export const CREATE_UNIT_MUTATION = graphql(`
  mutation CreateUnit($code: String!, $name: String!, $kind: UnitKind!) {
    createUnit(code: $code, name: $name, kind: $kind) {
      ...UnitFields
    }
  }
`);

/** Renames a unit; its code and kind never change (reports and statistics refer to them). */
export const UPDATE_UNIT_MUTATION = graphql(`
  mutation UpdateUnit($id: ID!, $name: String!, $expectedVersion: Int) {
    updateUnit(id: $id, name: $name, expectedVersion: $expectedVersion) {
      ...UnitFields
    }
  }
`);
