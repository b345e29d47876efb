import { Field, ID, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../shared/enums.js';
import { STAFF_ROLES, type Staff, type StaffRole } from './staff.entity.js';

export const StaffRoleEnum = graphqlEnum(STAFF_ROLES, 'StaffRole', 'ADVISER 客户经理, MANAGER 营业部经理, HEAD_OFFICE 总部, COMPLIANCE 合规 (read-only).');

@ObjectType('Staff', { description: 'A member of staff who can sign in.' })
export class StaffType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) email!: string;
  @Field(() => StaffRoleEnum) role!: StaffRole;
  /** resolved through the branch loader */
  branchId!: string | null;

  static from(s: Staff): StaffType {
    return Object.assign(new StaffType(), { id: s.id, name: s.name, email: s.email, role: s.role, branchId: s.branch?.id ?? null });
  }

  static fromRow(r: { id: string; name: string; email: string; role: Staff['role']; branch_id: string | null }): StaffType {
    return Object.assign(new StaffType(), { id: r.id, name: r.name, email: r.email, role: r.role, branchId: r.branch_id });
  }
}
