import { Chart, registerables } from 'chart.js';

Chart.register(...registerables);

/**
 * A Chart.js chart. The server sets `config` (Chart.js's own configuration: type, data, options)
 * and the element redraws; it keeps the last configuration readable for tests and screen readers
 * (the `aria-label` the server sets describes the figures in words).
 */
class SgChart extends HTMLElement {

  connectedCallback() {
    if (Object.prototype.hasOwnProperty.call(this, 'config')) {
      const value = this.config;
      delete this.config;
      this.config = value;
    }
    if (!this._canvas) {
      this._canvas = document.createElement('canvas');
      // The element itself is the image, named by its aria-label; the canvas is only its drawing.
      this._canvas.setAttribute('aria-hidden', 'true');
      this.append(this._canvas);
    }
    this._draw();
  }

  disconnectedCallback() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  set config(value) {
    this._config = value;
    this._draw();
  }

  get config() {
    return this._config;
  }

  _draw() {
    if (!this._canvas || !this._config) {
      return;
    }
    if (this._chart) {
      this._chart.destroy();
    }
    const config = structuredClone(this._config);
    config.options = { responsive: true, maintainAspectRatio: false, animation: false, ...(config.options || {}) };
    this._chart = new Chart(this._canvas, config);
    this.setAttribute('drawn', '');
  }
}

customElements.define('sg-chart', SgChart);
