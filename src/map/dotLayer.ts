/**
 * The free event points, drawn by the GPU from their own buffers (a MapLibre custom layer). Each
 * point is one vertex drawn as a point sprite, shaded into a circle; its days and category bit are
 * attributes, and the date range and category mask are uniforms tested in the vertex shader. A
 * range or category change therefore costs one re-draw: no feature-state, no paint arrays, no
 * re-tiling. (Instanced quads were tried first: software WebGL, SwiftShader, draws instances one
 * by one, and a frame of a million took ~20 s against ~3 s as sprites.) A sprite is dropped whole
 * once its centre leaves the view, so a point at the map's very edge goes a little early.
 *
 * The vector-tile layer `events-free` stays in the style, undrawn (opacity 0, which MapLibre
 * skips), for what it answers: which point is under the pointer, and which are on screen.
 */
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import {
  DOT_OPACITY,
  DOT_STROKE,
  dayOrder,
  dotRadius,
  relativeTo,
  runInRange,
  type DayOrder,
  type DotArrays,
} from './dotData';
import type { PointFilter } from './eventVisibility';

const VERTEX = `#version 300 es
precision highp float;
precision highp int;
in vec2 a_pos;
in vec2 a_days;
in int a_cat;
in vec4 a_color;
in float a_k;
uniform mat4 u_matrix;
uniform vec2 u_range;
uniform int u_mask;
uniform float u_radius;
uniform float u_ratio;
uniform float u_max_size;
out vec4 v_color;
out float v_outer;
out float v_r;
void main() {
  bool shown = a_days.y >= u_range.x && a_days.x <= u_range.y && (a_cat & u_mask) != 0;
  if (!shown) {
    // outside the clip volume: the point is dropped before any fragment
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 0.0;
    return;
  }
  float r = u_radius * a_k;
  // the sprite's half-width in CSS pixels: fill, stroke and a pixel of edge
  float outer = min(r + ${DOT_STROKE.toFixed(2)} + 1.0, u_max_size / (2.0 * u_ratio));
  gl_Position = u_matrix * vec4(a_pos, 0.0, 1.0);
  gl_PointSize = 2.0 * outer * u_ratio;
  v_outer = outer;
  v_r = r;
  v_color = a_color;
}`;

const FRAGMENT = `#version 300 es
precision highp float;
in vec4 v_color;
in float v_outer;
in float v_r;
uniform float u_aa;
out vec4 frag;
void main() {
  float d = length(gl_PointCoord * 2.0 - 1.0) * v_outer;
  float edge = v_r + ${DOT_STROKE.toFixed(2)};
  float inside = 1.0 - smoothstep(edge - u_aa, edge, d);
  if (inside <= 0.0) discard;
  float fill = 1.0 - smoothstep(v_r - u_aa, v_r, d);
  // premultiplied alpha, as MapLibre blends: a translucent fill inside a white stroke
  vec4 f = vec4(v_color.rgb * ${DOT_OPACITY.toFixed(2)}, ${DOT_OPACITY.toFixed(2)});
  frag = mix(vec4(1.0), f, fill) * inside;
}`;

interface Gpu {
  program: WebGLProgram;
  vao: WebGLVertexArrayObject;
  buffers: WebGLBuffer[];
  u: Record<'matrix' | 'range' | 'mask' | 'radius' | 'ratio' | 'maxSize' | 'aa', WebGLUniformLocation | null>;
  /** The largest point sprite this GPU draws (px). */
  maxSize: number;
}

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const s = gl.createShader(type)!;
  gl.shaderSource(s, source);
  gl.compileShader(s);
  if (!gl.getShaderParameter(s, gl.COMPILE_STATUS))
    throw new Error(`event dots shader: ${gl.getShaderInfoLog(s)}`);
  return s;
}

export class DotLayer implements CustomLayerInterface {
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private map: MapLibreMap | null = null;
  private gpu: Gpu | null = null;
  /** Arrays not yet on the GPU. */
  private pending: DotArrays | null = null;
  private count = 0;
  /** The uploaded dots' day order (null: not in day order): a range draws only its run. */
  private order: DayOrder | null = null;
  private due = false;
  private origin: [number, number] = [0.5, 0.5];
  private filter: PointFilter;

  constructor(
    readonly id: string,
    dots: DotArrays,
    filter: PointFilter,
  ) {
    this.pending = dots;
    this.filter = filter;
  }

  /**
   * New points (a new dataset, or a new text/place subset). `due`: these are none, and the real
   * ones are on their way (dotData.ts: DOTS_OFF_THREAD_FROM); until they come the map keeps
   * drawing and is never idle, so whoever waits for an idle map sees the dots.
   */
  setDots(dots: DotArrays, due = false) {
    this.pending = dots;
    this.due = due;
    if (this.map) this.map.repaint = due;
    this.map?.triggerRepaint();
  }

  /** A new date range or category mask: a re-draw, nothing more. */
  setFilter(filter: PointFilter) {
    this.filter = filter;
    this.map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext) {
    this.map = map;
    if (this.due) map.repaint = true;
    // MapLibre 5+ always draws with WebGL2 (it refuses to start without it: isNoWebGL2)
    this.gpu = this.setUp(gl as WebGL2RenderingContext);
  }

  onRemove(_map: MapLibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext) {
    const g = gl as WebGL2RenderingContext;
    if (this.gpu) {
      for (const b of this.gpu.buffers) g.deleteBuffer(b);
      g.deleteVertexArray(this.gpu.vao);
      g.deleteProgram(this.gpu.program);
    }
    this.gpu = null;
    this.map = null;
  }

  private setUp(gl: WebGL2RenderingContext): Gpu {
    const program = gl.createProgram();
    gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, VERTEX));
    gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, FRAGMENT));
    gl.linkProgram(program);
    if (!gl.getProgramParameter(program, gl.LINK_STATUS))
      throw new Error(`event dots program: ${gl.getProgramInfoLog(program)}`);
    const u = (name: string) => gl.getUniformLocation(program, name);
    return {
      program,
      vao: gl.createVertexArray(),
      buffers: [],
      maxSize: (gl.getParameter(gl.ALIASED_POINT_SIZE_RANGE) as Float32Array)[1]!,
      u: {
        matrix: u('u_matrix'),
        range: u('u_range'),
        mask: u('u_mask'),
        radius: u('u_radius'),
        ratio: u('u_ratio'),
        maxSize: u('u_max_size'),
        aa: u('u_aa'),
      },
    };
  }

  /** Put pending arrays in GPU buffers, one per attribute, each advancing once per point. */
  private upload(gl: WebGL2RenderingContext, gpu: Gpu, dots: DotArrays) {
    for (const b of gpu.buffers) gl.deleteBuffer(b);
    gpu.buffers = [];
    gl.bindVertexArray(gpu.vao);
    const attribute = (name: string, data: ArrayBufferView, size: number, type: number, int = false) => {
      const at = gl.getAttribLocation(gpu.program, name);
      const buf = gl.createBuffer();
      gpu.buffers.push(buf);
      gl.bindBuffer(gl.ARRAY_BUFFER, buf);
      gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
      gl.enableVertexAttribArray(at);
      if (int) gl.vertexAttribIPointer(at, size, type, 0, 0);
      else gl.vertexAttribPointer(at, size, type, type === gl.UNSIGNED_BYTE, 0, 0);
    };
    attribute('a_pos', dots.pos, 2, gl.FLOAT);
    attribute('a_days', dots.days, 2, gl.FLOAT);
    attribute('a_cat', dots.cat, 1, gl.INT, true);
    attribute('a_color', dots.color, 4, gl.UNSIGNED_BYTE);
    attribute('a_k', dots.k, 1, gl.FLOAT);
    gl.bindVertexArray(null);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    this.count = dots.count;
    this.order = dayOrder(dots);
    this.origin = dots.origin;
  }

  render(glContext: WebGLRenderingContext | WebGL2RenderingContext, options: CustomRenderMethodInput) {
    const gl = glContext as WebGL2RenderingContext;
    const gpu = this.gpu;
    if (!gpu || !this.map) return;
    if (this.pending) {
      this.upload(gl, gpu, this.pending);
      this.pending = null;
    }
    if (this.count === 0) return;
    const ratio = this.map.getPixelRatio();
    const f = this.filter;
    gl.useProgram(gpu.program);
    gl.uniformMatrix4fv(
      gpu.u.matrix,
      false,
      relativeTo(options.defaultProjectionData.mainMatrix, this.origin),
    );
    // the range's ends are whole days; the shown test is inclusive
    gl.uniform2f(gpu.u.range, Math.max(f.from, -1e7), Math.min(f.to, 1e7));
    gl.uniform1i(gpu.u.mask, f.mask);
    gl.uniform1f(gpu.u.radius, dotRadius(this.map.getZoom()));
    gl.uniform1f(gpu.u.ratio, ratio);
    gl.uniform1f(gpu.u.maxSize, gpu.maxSize);
    // about one device pixel of edge, in CSS pixels
    gl.uniform1f(gpu.u.aa, 1 / ratio);
    const [first, count] = runInRange(this.order, this.count, f.from, f.to);
    if (count === 0) return;
    gl.bindVertexArray(gpu.vao);
    gl.drawArrays(gl.POINTS, first, count);
    gl.bindVertexArray(null);
  }
}
