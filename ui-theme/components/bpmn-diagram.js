import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

/**
 * A read-only BPMN diagram. The server sets `xml`, `current` and `completed` (activity ids);
 * the element marks those with the classes `current` and `completed` and reports a click on a
 * call activity as `call-activity-click` with the activity's id. `figures`
 * ([{activityId, active, onTrack, atRisk, overdue}]) puts the number of cases waiting at each
 * activity on it, split by their deadlines' state, for the owners' live view. Light DOM, so bpmn-js's global
 * styles and the theme reach the SVG.
 */
class BpmnDiagram extends HTMLElement {

  constructor() {
    super();
    this._xml = null;
    this._current = [];
    this._completed = [];
    this._figures = [];
    this._figureOverlays = [];
    this._drawn = Promise.resolve();
  }

  connectedCallback() {
    // Values set before the element was defined sit on the instance and hide the setters.
    for (const name of ['xml', 'current', 'completed', 'figures']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (!this._viewer) {
      this._viewer = new NavigatedViewer({ container: this });
      this._viewer.get('eventBus').on('element.click', (event) => {
        if (event.element.type === 'bpmn:CallActivity') {
          this.dispatchEvent(new CustomEvent('call-activity-click', { detail: { activityId: event.element.id } }));
        }
      });
      this._draw();
    }
  }

  set xml(value) {
    this._xml = value;
    this._draw();
  }

  get xml() {
    return this._xml;
  }

  set current(ids) {
    this._current = ids || [];
    this._mark();
  }

  get current() {
    return this._current;
  }

  set completed(ids) {
    this._completed = ids || [];
    this._mark();
  }

  get completed() {
    return this._completed;
  }

  set figures(value) {
    this._figures = value || [];
    this._drawFigures();
  }

  get figures() {
    return this._figures;
  }

  _draw() {
    if (!this._viewer || !this._xml) {
      return;
    }
    const xml = this._xml;
    this._drawn = this._drawn.then(async () => {
      if (xml !== this._xml) {
        return;
      }
      this.removeAttribute('drawn');
      try {
        await this._viewer.importXML(xml);
        this._viewer.get('canvas').zoom('fit-viewport');
        this._marked = { current: [], completed: [] };
        this._mark();
        this._figureOverlays = [];
        this._drawFigures();
        this.setAttribute('drawn', '');
      } catch (error) {
        this.setAttribute('failed', '');
        console.error('bpmn-diagram: the model could not be drawn', error);
      }
    });
  }

  // Replaces the markers of the last call: the server may send new ids without a new model.
  _mark() {
    if (!this._marked) {
      return;
    }
    const canvas = this._viewer.get('canvas');
    const registry = this._viewer.get('elementRegistry');
    for (const marker of ['current', 'completed']) {
      this._marked[marker].forEach((id) => canvas.removeMarker(id, marker));
      const ids = (marker === 'current' ? this._current : this._completed).filter((id) => registry.get(id));
      ids.forEach((id) => canvas.addMarker(id, marker));
      this._marked[marker] = ids;
    }
  }

  // Replaces the counts of the last call: the figures change while the model stays.
  _drawFigures() {
    if (!this._marked) {
      return;
    }
    const overlays = this._viewer.get('overlays');
    const registry = this._viewer.get('elementRegistry');
    this._figureOverlays.forEach((id) => overlays.remove(id));
    this._figureOverlays = [];
    for (const figure of this._figures.filter((f) => f.active > 0 && registry.get(f.activityId))) {
      const badge = document.createElement('div');
      badge.className = 'sg-live-badge';
      badge.setAttribute('data-element-id', figure.activityId);
      const parts = [['active', figure.active]];
      for (const [state, count] of [['overdue', figure.overdue], ['at-risk', figure.atRisk], ['on-track', figure.onTrack]]) {
        if (count > 0) {
          parts.push([state, count]);
        }
      }
      for (const [state, count] of parts) {
        const span = document.createElement('span');
        span.className = 'sg-live-' + state;
        span.setAttribute('data-state', state);
        span.textContent = String(count);
        badge.append(span);
      }
      badge.title = `${figure.active} active: ${figure.onTrack} on track, ${figure.atRisk} at risk, ${figure.overdue} overdue`;
      this._figureOverlays.push(overlays.add(figure.activityId, 'sg-live', { position: { bottom: 8, right: 8 }, scale: false, html: badge }));
    }
  }
}

customElements.define('bpmn-diagram', BpmnDiagram);
