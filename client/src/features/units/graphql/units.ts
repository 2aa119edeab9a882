import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Unit, UnitKind } from '../../../graphql/schema';

const UNIT_FIELDS = gql`
  fragment UnitFields on Unit {
    id
    code
    name
    kind
    version
  }
`;

export interface UnitsQuery {
  units: Unit[];
}

/** Every unit, the division first (for pickers and the chief's list). */
export const UNITS_QUERY: TypedDocumentNode<UnitsQuery, Record<string, never>> = gql`
  query Units {
    units {
      ...UnitFields
    }
  }
  ${UNIT_FIELDS}
`;

export interface CreateUnitVariables {
  code: string;
  name: string;
  kind: UnitKind;
}

export const CREATE_UNIT_MUTATION: TypedDocumentNode<{ createUnit: Unit }, CreateUnitVariables> = gql`
  mutation CreateUnit($code: String!, $name: String!, $kind: UnitKind!) {
    createUnit(code: $code, name: $name, kind: $kind) {
      ...UnitFields
    }
  }
  ${UNIT_FIELDS}
`;

export interface UpdateUnitVariables {
  id: string;
  name: string;
  /** The version the chief renamed: another one answers CONFLICT. */
  expectedVersion: number;
}

/** Renames a unit; its code and kind never change (reports and statistics refer to them). */
export const UPDATE_UNIT_MUTATION: TypedDocumentNode<{ updateUnit: Unit }, UpdateUnitVariables> = gql`
  mutation UpdateUnit($id: ID!, $name: String!, $expectedVersion: Int) {
    updateUnit(id: $id, name: $name, expectedVersion: $expectedVersion) {
      ...UnitFields
    }
  }
  ${UNIT_FIELDS}
`;
