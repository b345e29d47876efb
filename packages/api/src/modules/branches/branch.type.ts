import { Field, ID, ObjectType } from 'type-graphql';
import type { Branch } from './branch.entity.js';

@ObjectType('Branch', { description: 'A branch office (营业部).' })
export class BranchType {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String) city!: string;

  static from(b: Branch): BranchType {
    return Object.assign(new BranchType(), { id: b.id, code: b.code, name: b.name, city: b.city });
  }

  static fromRow(r: { id: string; code: string; name: string; city: string }): BranchType {
    return Object.assign(new BranchType(), { id: r.id, code: r.code, name: r.name, city: r.city });
  }
}
