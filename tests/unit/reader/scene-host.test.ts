import { describe, expect, it, vi } from 'vitest';
import { EMPTY_KNOT_STATE, type KnotState } from '../../../src/engine/tags.ts';
import { SceneHost } from '../../../src/reader/scene-host.ts';
import type { CreateSceneLayer, SceneLayer } from '../../../src/scenes/scene-layer.ts';

function fakeContainer(): HTMLElement & { classes: Set<string> } {
  const classes = new Set<string>();
  return {
    classes,
    classList: { add: (...names: string[]) => names.forEach((c) => classes.add(c)), remove: (c: string) => classes.delete(c) },
  } as unknown as HTMLElement & {
    classes: Set<string>;
  };
}

function fakeLayer(): SceneLayer & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    show: (knot: KnotState) => void calls.push(`show:${knot.scene}`),
    setMotion: (enabled: boolean) => void calls.push(`motion:${enabled}`),
    destroy: () => void calls.push('destroy'),
  };
}

const knot = (scene: KnotState['scene']): KnotState => ({ ...EMPTY_KNOT_STATE, scene });
const options = { reducedMotion: false, theme: 'light' };

describe('the scene host', () => {
  it('starts the layer once, then replays the latest scene and motion to it', async () => {
    const layer = fakeLayer();
    const create = vi.fn<CreateSceneLayer>(async () => layer);
    const container = fakeContainer();
    const host = new SceneHost(container, async () => create);
    host.show(knot('yard'));
    host.show(knot('wall'));
    host.setMotion(true);
    await Promise.all([host.start(options), host.start(options)]);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]![0]).toMatchObject({ parent: container, reducedMotion: false, theme: 'light' });
    expect(layer.calls).toEqual(['show:wall', 'motion:true']);
    expect(host.active).toBe(true);
    expect(container.classes.has('has-layer')).toBe(true);
    host.show(knot('gate'));
    host.setMotion(false);
    expect(layer.calls.slice(2)).toEqual(['show:gate', 'motion:false']);
  });

  it('goes on without a layer when the module is missing or fails to start', async () => {
    const missing = new SceneHost(fakeContainer(), async () => null);
    await missing.start(options);
    expect(missing.active).toBe(false);
    missing.show(knot('yard'));

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = new SceneHost(fakeContainer(), async () => async () => {
      throw new Error('no WebGL, no Canvas');
    });
    await expect(broken.start(options)).resolves.toBeUndefined();
    expect(broken.active).toBe(false);
    const unloadable = new SceneHost(fakeContainer(), async () => {
      throw new Error('chunk failed to load');
    });
    await expect(unloadable.start(options)).resolves.toBeUndefined();
    expect(unloadable.active).toBe(false);
    warn.mockRestore();
  });

  it('turns a layer that throws off for good, and releases it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const layer = fakeLayer();
    layer.show = () => {
      throw new Error('paint failed');
    };
    const container = fakeContainer();
    const host = new SceneHost(container, async () => async () => layer);
    await host.start(options);
    host.show(knot('yard'));
    expect(host.active).toBe(false);
    expect(layer.calls).toContain('destroy');
    expect(container.classes.has('has-layer')).toBe(false);
    // Still marked as having had a layer, so a late error of its loop is known for the layer's.
    expect(container.classes.has('had-layer')).toBe(true);
    host.setMotion(true);
    expect(layer.calls.filter((c) => c === 'motion:true')).toHaveLength(0);
    // A second failure of the layer already turned off changes nothing.
    host.disable(new Error('paint failed again'));
    expect(layer.calls.filter((c) => c === 'destroy')).toHaveLength(1);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('starts again with a new theme', async () => {
    const layers: (SceneLayer & { calls: string[] })[] = [];
    const create = vi.fn<CreateSceneLayer>(async () => {
      const layer = fakeLayer();
      layers.push(layer);
      return layer;
    });
    const host = new SceneHost(fakeContainer(), async () => create);
    await host.restart({ ...options, theme: 'dark' });
    expect(create).not.toHaveBeenCalled();
    await host.start(options);
    host.show(knot('steppe'));
    await host.restart({ ...options, theme: 'contrast' });
    expect(create.mock.calls.map((c) => c[0].theme)).toEqual(['light', 'contrast']);
    expect(layers[0]!.calls).toContain('destroy');
    expect(layers[1]!.calls).toEqual(['show:steppe', 'motion:false']);
  });
});
