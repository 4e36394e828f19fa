import storyJson from '../story/main.ink';
import { StoryRunner } from './engine/runner.ts';
import { StoryView } from './reader/story-view.ts';

const app = document.getElementById('app')!;
const runner = new StoryRunner(storyJson);
const view = new StoryView(app, (choice) => {
  view.show(runner.choose(choice.index), true);
});
view.show(runner.current, false);
