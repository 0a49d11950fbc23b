import { GraphQLError } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Guarded } from '../kit/consent-decorators';
import { PageArgs } from '../kit/page.args';
import { requireAccess } from '../kit/consent-refusals';
import { dataCategory } from '../../schema/data-categories';
import type { PeopleContext } from './people.context';
import { Person } from './person.type';
import { barrierCatalogue, barrierSections, type StoryBarrierCode } from './story-barriers';
import { StoryInput } from './story.inputs';
import { recordStoryVersion, sectionCategories, sectionsChanged, toStoryContent } from './story-versions';
import { Story, StoryBarrierOption, StoryVersion } from './story.type';

@Resolver(() => Person)
export class PersonStoryResolver {
  @Guarded('story')
  @FieldResolver(() => Story, {
    nullable: true,
    description: "Their story, told once; each section is shared under its own consent category. Whether there is one at all needs 'story'.",
  })
  async story(@Root() person: Person, @Ctx() { loaders }: PeopleContext) {
    const row = await loaders.currentStoryByPerson.load(person.id);
    return row ? toStoryContent(row) : null;
  }

  @Query(() => [StoryBarrierOption], { description: 'The controlled list of barriers a front end offers, and who may read each.' })
  storyBarrierOptions(): StoryBarrierOption[] {
    return Object.entries(barrierCatalogue).map(([code, entry]) => {
      const category = barrierSections[entry.section];
      return { code: code as StoryBarrierCode, title: entry.title, section: entry.section, category, special: dataCategory(category)!.special };
    });
  }

  @Mutation(() => Story, {
    description: "Records a change to the person's story as a new version. The writer needs the consent of each section's category, as a reader would.",
  })
  async tellStory(@Arg('input') input: StoryInput, @Ctx() context: PeopleContext) {
    const sections = sectionsChanged(input);
    if (sections.length === 0) {
      throw new GraphQLError('Nothing to record: send at least one section of the story.', { extensions: { code: 'BAD_USER_INPUT', field: 'input' } });
    }
    if (!(await context.loaders.personById.load(input.personId))) {
      throw new GraphQLError(`No person with id ${input.personId}.`, { extensions: { code: 'NOT_FOUND', field: 'personId' } });
    }
    const categories = new Set(sections.map((section) => sectionCategories[section]));
    await Promise.all([...categories].map((category) => requireAccess(context, input.personId, category, 'Mutation.tellStory')));
    return toStoryContent(await recordStoryVersion(context.db, input, context.caller));
  }
}

@Resolver(() => Story)
export class StoryHistoryResolver {
  @Guarded('story')
  @FieldResolver(() => [StoryVersion], { description: 'Every version, newest first, with who recorded it and when.' })
  async history(@Root() story: Story, @Ctx() { loaders }: PeopleContext, @Args() { limit, offset }: PageArgs) {
    return (await loaders.storyVersionsByPerson.load(story.personId)).slice(offset, offset + limit).map(toStoryContent);
  }
}
