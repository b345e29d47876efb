import { graphql } from '@crm/schema';

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      name
      email
      role
      branch {
        id
        name
      }
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      expiresAt
      staff {
        id
        name
        role
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
