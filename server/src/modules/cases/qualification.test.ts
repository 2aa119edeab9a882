import { Audience, Category, ChildIndication, Region } from './case-enums';
import { audienceFor, qualificationProblems } from './qualification';

describe('qualification (DESIGN §2)', () => {
  const ok = { region: Region.KUMAMOTO, childIndication: ChildIndication.POSTER_IS_CHILD, categories: [Category.C2_LODGING] };

  it('accepts Kumamoto and unknown regions with a child indication and a category', () => {
    expect(qualificationProblems(ok)).toEqual([]);
    expect(qualificationProblems({ ...ok, region: Region.UNKNOWN, childIndication: ChildIndication.TARGET_IS_CHILD })).toEqual([]);
  });

  it('lists every unmet criterion', () => {
    const problems = qualificationProblems({ region: Region.OTHER_PREFECTURE, childIndication: ChildIndication.NONE, categories: [] });
    expect(problems.map((p) => p.code)).toEqual(['OUT_OF_REGION', 'NO_CHILD_INDICATION', 'NO_CATEGORY']);
    expect(problems[0].message).toMatch(/another prefecture/);
    expect(problems[1].message).toMatch(/child/);
    expect(problems[2].message).toMatch(/category/);
  });

  it('derives the audience from who the child is', () => {
    expect(audienceFor(ChildIndication.POSTER_IS_CHILD)).toBe(Audience.CHILD);
    expect(audienceFor(ChildIndication.TARGET_IS_CHILD)).toBe(Audience.ADULT);
    expect(audienceFor(ChildIndication.NONE)).toBeNull();
  });
});
