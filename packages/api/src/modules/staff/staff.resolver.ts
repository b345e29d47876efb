import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Can } from '../auth/access/decorators.js';
import type { Context } from '../../context.js';
import { BranchType } from '../branches/branch.type.js';
import { StaffType } from './staff.type.js';

@Resolver(() => StaffType)
export class StaffResolver {
  @Can('staff:read')
  @FieldResolver(() => BranchType, { nullable: true })
  branch(@Root() s: StaffType, @Ctx() { loaders }: Context) {
    return s.branchId ? loaders.branch.load(s.branchId) : null;
  }
}
