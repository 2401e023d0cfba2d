import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import LintModule from 'bpmn-js-bpmnlint';
import lintConfig from './bpmn-lint-config.js';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';

/**
 * The BPMN modeler of the process owner's workbench: bpmn-js with the Camunda 7 properties panel
 * (candidate groups, due dates, delegate expressions, timers, messages, call activities, history
 * time-to-live) and bpmnlint running as the owner edits.
 *
 * The server sets `xml` and `findings` ([{elementId, rule, message}], Safeguard's rules and the
 * engine parser's complaints, drawn on their elements) and calls `saveXml()` and
 * `selectElement(id)`. The element reports `model-changed` after each edit and `lint-completed`
 * with {issues: [{elementId, rule, category, message}]}. Light DOM, like bpmn-diagram, so the
 * global bpmn-js styles reach it.
 */
class BpmnEditor extends HTMLElement {

  constructor() {
    super();
    this._xml = null;
    this._findings = [];
    this._findingOverlays = [];
    this._findingMarks = [];
    this._imported = Promise.resolve();
  }

  connectedCallback() {
    for (const name of ['xml', 'findings']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (this._modeler) {
      return;
    }
    const canvas = document.createElement('div');
    canvas.className = 'bpmn-editor-canvas';
    const panel = document.createElement('div');
    panel.className = 'bpmn-editor-properties';
    this.append(canvas, panel);
    this._modeler = new BpmnModeler({
      container: canvas,
      propertiesPanel: { parent: panel },
      linting: { bpmnlint: lintConfig, active: true },
      additionalModules: [
        BpmnPropertiesPanelModule,
        BpmnPropertiesProviderModule,
        CamundaPlatformPropertiesProviderModule,
        CamundaBehaviorsModule,
        LintModule
      ],
      moddleExtensions: { camunda: camundaModdle }
    });
    const events = this._modeler.get('eventBus');
    events.on('commandStack.changed', () => this.dispatchEvent(new CustomEvent('model-changed')));
    events.on('linting.completed', ({ issues }) => this._reportLint(issues));
    this._import();
  }

  set xml(value) {
    this._xml = value;
    this._import();
  }

  get xml() {
    return this._xml;
  }

  set findings(value) {
    this._findings = value || [];
    this._drawFindings();
  }

  get findings() {
    return this._findings;
  }

  /** The model as the owner left it, formatted. */
  async saveXml() {
    await this._imported;
    const { xml } = await this._modeler.saveXML({ format: true });
    return xml;
  }

  /** Selects the element and scrolls it into view, as when a finding in a list is clicked. */
  selectElement(id) {
    const element = this._modeler && this._modeler.get('elementRegistry').get(id);
    if (!element) {
      return;
    }
    this._modeler.get('selection').select(element);
    this._modeler.get('canvas').scrollToElement(element);
  }

  _import() {
    if (!this._modeler || !this._xml) {
      return;
    }
    const xml = this._xml;
    this._imported = this._imported.then(async () => {
      if (xml !== this._xml) {
        return;
      }
      this.removeAttribute('drawn');
      try {
        await this._modeler.importXML(xml);
        this._modeler.get('canvas').zoom('fit-viewport');
        this._findingOverlays = [];
        this._findingMarks = [];
        this._drawFindings();
        this.setAttribute('drawn', '');
      } catch (error) {
        this.setAttribute('failed', '');
        this.dispatchEvent(new CustomEvent('import-failed', { detail: { message: String(error.message || error) } }));
      }
    });
  }

  // Replaces the marks of the last findings: a new check may clear or move them.
  _drawFindings() {
    if (!this._modeler || !this.hasAttribute('drawn')) {
      return;
    }
    const overlays = this._modeler.get('overlays');
    const canvas = this._modeler.get('canvas');
    const registry = this._modeler.get('elementRegistry');
    this._findingOverlays.forEach((id) => overlays.remove(id));
    this._findingMarks.forEach((id) => registry.get(id) && canvas.removeMarker(id, 'sg-finding'));
    this._findingOverlays = [];
    this._findingMarks = [];
    const byElement = new Map();
    for (const finding of this._findings) {
      const id = registry.get(finding.elementId) ? finding.elementId : null;
      if (id) {
        byElement.set(id, [...(byElement.get(id) || []), finding]);
      }
    }
    for (const [id, findings] of byElement) {
      canvas.addMarker(id, 'sg-finding');
      this._findingMarks.push(id);
      const badge = document.createElement('div');
      badge.className = 'sg-finding-badge';
      badge.textContent = String(findings.length);
      badge.title = findings.map((f) => f.message).join('\n');
      badge.setAttribute('data-element-id', id);
      this._findingOverlays.push(overlays.add(id, 'sg-finding', { position: { top: -10, left: -10 }, scale: false, html: badge }));
    }
  }

  _reportLint(issuesById) {
    const issues = [];
    for (const [elementId, list] of Object.entries(issuesById || {})) {
      for (const issue of list) {
        issues.push({ elementId, rule: issue.rule, category: issue.category, message: issue.message });
      }
    }
    this.dispatchEvent(new CustomEvent('lint-completed', { detail: { issues } }));
  }
}

customElements.define('bpmn-editor', BpmnEditor);
