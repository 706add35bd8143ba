import { html } from "hono/html";

/**
 * Swagger UI page. Its assets are served from `assetsBase` (locally: swagger-ui-dist from
 * node_modules), never from a CDN, so the docs work offline.
 */
export function docsPage(assetsBase: string, specUrl: string) {
  return html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Jalur API</title>
    <link rel="stylesheet" href="${assetsBase}/swagger-ui.css" />
  </head>
  <body>
    <div id="docs"></div>
    <script src="${assetsBase}/swagger-ui-bundle.js"></script>
    <script>
      window.ui = SwaggerUIBundle({ url: "${specUrl}", dom_id: "#docs" });
    </script>
  </body>
</html>`;
}
