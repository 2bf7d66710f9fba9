import { graphql } from '../gql';

/** A profile as others see it: e-mail and phone come only when the API gives them (the researcher themself, staff). */
export const ProfileViewFieldsFragment = graphql(`
  fragment ProfileViewFields on ResearcherProfile {
    id
    headline
    expertise
    keywords
    techniques
    equipment
    languages
    availability
    trlMin
    trlMax
    updatedAt
    archivedAt
    publications {
      title
      year
      doi
      abstract
    }
    concepts {
      code
      label
    }
    researcher {
      id
      fullName
      email
      phone
    }
    organisation {
      id
      name
      city
      region
    }
  }
`);

export const ResearcherProfileDocument = graphql(`
  query ResearcherProfile($id: ID!) {
    researcherProfile(id: $id) {
      ...ProfileViewFields
    }
  }
`);

/** The signed-in researcher's profile to edit (null before the first save) and their lab. */
export const MyProfileDocument = graphql(`
  query MyProfile {
    myProfile {
      id
      headline
      expertise
      keywords
      techniques
      equipment
      languages
      availability
      trlMin
      trlMax
      publications {
        title
        year
        doi
        abstract
      }
    }
    me {
      id
      organisation {
        id
        name
        city
      }
    }
  }
`);

export const SaveMyProfileDocument = graphql(`
  mutation SaveMyProfile($input: ProfileInput!) {
    saveMyProfile(input: $input) {
      ...ProfileViewFields
    }
  }
`);
