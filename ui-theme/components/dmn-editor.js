import DmnModeler from 'dmn-js/lib/Modeler';
import 'dmn-js/dist/assets/diagram-js.css';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-drd.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css';
import 'dmn-js/dist/assets/dmn-js-literal-expression.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css';

/**
 * The DMN editor of the workbench: dmn-js, opened on the first decision table (the owners edit
 * tables such as sla-policy, rarely the requirements diagram). The server sets `xml` and calls
 * `saveXml()`; the element reports `model-changed` after each edit.
 */
class DmnEditor extends HTMLElement {

  constructor() {
    super();
    this._xml = null;
    this._imported = Promise.resolve();
  }

  connectedCallback() {
    if (Object.prototype.hasOwnProperty.call(this, 'xml')) {
      const value = this.xml;
      delete this.xml;
      this.xml = value;
    }
    if (this._modeler) {
      return;
    }
    this._modeler = new DmnModeler({ container: this });
    this._modeler.on('views.changed', () => this._watchActiveViewer());
    this._import();
  }

  set xml(value) {
    this._xml = value;
    this._import();
  }

  get xml() {
    return this._xml;
  }

  async saveXml() {
    await this._imported;
    const { xml } = await this._modeler.saveXML({ format: true });
    return xml;
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
        const table = this._modeler.getViews().find((view) => view.type === 'decisionTable');
        if (table) {
          await this._modeler.open(table);
        }
        this.setAttribute('drawn', '');
      } catch (error) {
        this.setAttribute('failed', '');
        this.dispatchEvent(new CustomEvent('import-failed', { detail: { message: String(error.message || error) } }));
      }
    });
  }

  // Each view (diagram, table) has its own command stack; listen on whichever is open.
  _watchActiveViewer() {
    const viewer = this._modeler.getActiveViewer();
    if (viewer && viewer !== this._watched) {
      this._watched = viewer;
      viewer.get('eventBus').on('elements.changed', () => this.dispatchEvent(new CustomEvent('model-changed')));
    }
  }
}

customElements.define('dmn-editor', DmnEditor);
