"""Writes a synthetic Ionic/Angular workspace with N components, to measure how conversion scales.

    python bench/generate_app.py OUT_DIR --components 1000 [--node-modules fixtures/trailbook/node_modules]

Two thirds of the components are pages, in feature route groups of 20 behind lazy ``loadChildren``
(which become subpackages when the main package would pass 2 MB); one third are child components the pages
use as elements. Every page has an external template with @if/@for, pipes, ngModel,
routerLink and ion-icons, an SCSS file that ``@use``s a shared partial, and a class that injects a shared
service; every child has an inline template, inline styles, inputs and an output. ``--node-modules`` links
an installed node_modules (rxjs, Ionicons …) so packages and icons are packed as in a real app.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
from pathlib import Path

PAGES_PER_FEATURE = 20

ANGULAR_JSON = {
    "version": 1,
    "projects": {"gen": {
        "projectType": "application", "root": "", "sourceRoot": "src", "prefix": "app",
        "architect": {"build": {"builder": "@angular-devkit/build-angular:application", "options": {
            "outputPath": "www", "index": "src/index.html", "browser": "src/main.ts", "tsConfig": "tsconfig.json",
            "assets": [{"glob": "**/*", "input": "src/assets", "output": "assets"}],
            "styles": ["src/global.scss", "src/theme/variables.scss"]}}}}},
}

PACKAGE_JSON = {"name": "generated-app", "version": "1.0.0", "private": True, "dependencies": {
    "@angular/common": "^19.1.0", "@angular/core": "^19.1.0", "@angular/forms": "^19.1.0",
    "@angular/router": "^19.1.0", "@ionic/angular": "^8.4.0", "ionicons": "^7.4.0", "rxjs": "~7.8.0"}}

TSCONFIG = {"compilerOptions": {"baseUrl": "./", "strict": True, "target": "ES2022", "module": "ES2022",
                                "paths": {"@shared/*": ["src/app/shared/*"]}}}

MAIN_TS = """\
import { bootstrapApplication } from '@angular/platform-browser';
import { provideHttpClient } from '@angular/common/http';
import { provideRouter } from '@angular/router';
import { provideIonicAngular } from '@ionic/angular/standalone';

import { AppComponent } from './app/app.component';
import { routes } from './app/app.routes';

bootstrapApplication(AppComponent, {
  providers: [provideIonicAngular(), provideRouter(routes), provideHttpClient()],
}).catch((err) => console.error(err));
"""

APP_COMPONENT = """\
import { Component } from '@angular/core';
import { IonApp, IonRouterOutlet } from '@ionic/angular/standalone';

@Component({
  selector: 'app-root',
  template: '<ion-app><ion-router-outlet></ion-router-outlet></ion-app>',
  imports: [IonApp, IonRouterOutlet],
})
export class AppComponent {}
"""

SERVICE = """\
import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable, of } from 'rxjs';
import { map } from 'rxjs/operators';

export interface Item {
  id: number;
  name: string;
  updated: string;
  tags: string[];
}

/** The items every generated page lists, loaded once from the bundled JSON. */
@Injectable({ providedIn: 'root' })
export class ItemService {
  private cache?: Item[];

  constructor(private http: HttpClient) {}

  items(group: number): Observable<Item[]> {
    if (this.cache) {
      return of(this.cache.filter((item) => item.id % 7 === group % 7));
    }
    return this.http.get<{ items: Item[] }>('assets/data/items.json').pipe(
      map((file) => (this.cache = file.items).filter((item) => item.id % 7 === group % 7)),
    );
  }
}
"""

PIPE = """\
import { Pipe, PipeTransform } from '@angular/core';

/** Cuts a text to ``max`` characters with an ellipsis. */
@Pipe({ name: 'shorten' })
export class ShortenPipe implements PipeTransform {
  transform(text: string | null | undefined, max = 24): string {
    if (!text) {
      return '';
    }
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
  }
}
"""

MIXINS = """\
@mixin card($pad: 12px) {
  padding: $pad;
  border-radius: 8px;
  background: var(--ion-color-light, #f4f5f8);
}

$accent: #3880ff;
"""

PAGE_TS = """\
import {{ Component, OnInit }} from '@angular/core';
import {{ DatePipe }} from '@angular/common';
import {{ FormsModule }} from '@angular/forms';
import {{ RouterLink }} from '@angular/router';
import {{ IonContent, IonHeader, IonIcon, IonItem, IonLabel, IonList, IonSearchbar, IonTitle, IonToolbar }}
  from '@ionic/angular/standalone';
import {{ Item, ItemService }} from '@shared/item.service';
import {{ ShortenPipe }} from '@shared/shorten.pipe';
{child_import}
@Component({{
  selector: 'app-{name}',
  templateUrl: '{name}.page.html',
  styleUrls: ['{name}.page.scss'],
  imports: [DatePipe, FormsModule, RouterLink, IonContent, IonHeader, IonIcon, IonItem, IonLabel, IonList,
            IonSearchbar, IonTitle, IonToolbar, ShortenPipe{child_class_import}],
}})
export class {cls} implements OnInit {{
  items: Item[] = [];
  query = '';
  selected?: number;
  readonly group = {index};

  constructor(private itemService: ItemService) {{}}

  ngOnInit(): void {{
    this.itemService.items(this.group).subscribe((items) => (this.items = items));
  }}

  get visible(): Item[] {{
    const needle = this.query.trim().toLowerCase();
    return this.items.filter((item) => !needle || item.name.toLowerCase().includes(needle));
  }}

  pick(id: number): void {{
    this.selected = this.selected === id ? undefined : id;
  }}
}}
"""

PAGE_HTML = """\
<ion-header>
  <ion-toolbar color="primary">
    <ion-title>{title}</ion-title>
  </ion-toolbar>
  <ion-toolbar>
    <ion-searchbar placeholder="Search {title}" [(ngModel)]="query"></ion-searchbar>
  </ion-toolbar>
</ion-header>

<ion-content>
  @if (visible.length === 0) {{
    <p class="empty">Nothing matches "{{{{ query }}}}".</p>
  }} @else {{
    <ion-list>
      @for (item of visible; track item.id) {{
        <ion-item (click)="pick(item.id)" [class.picked]="item.id === selected">
          <ion-icon name="{icon}" slot="start"></ion-icon>
          <ion-label>
            <h3>{{{{ item.name | shorten }}}}</h3>
            <p>{{{{ item.updated | date: 'mediumDate' }}}} · {{{{ item.tags.join(', ') }}}}</p>
          </ion-label>
        </ion-item>
      }}
    </ion-list>
  }}
{child_element}  <a class="next" [routerLink]="['/{next}']">Next: {next}</a>
</ion-content>
"""

PAGE_SCSS = """\
@use '../../../../theme/mixins' as m;

.empty {{
  @include m.card({pad}px);
  color: m.$accent;
}}

.picked {{
  --background: rgba(56, 128, 255, 0.{shade});
}}

.next {{
  display: block;
  margin: 16px;
}}
"""

CHILD_TS = """\
import {{ Component, EventEmitter, Input, Output }} from '@angular/core';
import {{ IonBadge, IonButton, IonCard, IonCardContent, IonCardHeader, IonCardTitle }} from '@ionic/angular/standalone';

@Component({{
  selector: 'app-{name}',
  template: `
    <ion-card>
      <ion-card-header><ion-card-title>{{{{ title }}}}</ion-card-title></ion-card-header>
      <ion-card-content>
        <ion-badge [color]="count > {limit} ? 'danger' : 'success'">{{{{ count }}}}</ion-badge>
        <ion-button fill="clear" size="small" (click)="chosen.emit(count)">Choose</ion-button>
      </ion-card-content>
    </ion-card>
  `,
  styles: [`ion-card-title {{ font-size: {font}px; }} ion-badge {{ margin-right: 8px; }}`],
  imports: [IonBadge, IonButton, IonCard, IonCardContent, IonCardHeader, IonCardTitle],
}})
export class {cls} {{
  @Input() title = '';
  @Input() count = 0;
  @Output() chosen = new EventEmitter<number>();
}}
"""

ICONS = ("star", "heart", "time-outline", "calendar", "person", "location", "chatbubbles", "document-text")


def generate(out: Path, components: int, node_modules: Path | None = None) -> dict[str, int]:
    """Write the workspace into ``out`` (replaced); returns how many pages and child components it has."""
    if out.exists():
        shutil.rmtree(out)
    children = components // 3
    pages = components - children
    app = out / "src" / "app"
    _write(out / "angular.json", json.dumps(ANGULAR_JSON, indent=2))
    _write(out / "package.json", json.dumps(PACKAGE_JSON, indent=2))
    _write(out / "tsconfig.json", json.dumps(TSCONFIG, indent=2))
    _write(out / "src" / "index.html", "<!doctype html><html><body><app-root></app-root></body></html>\n")
    _write(out / "src" / "main.ts", MAIN_TS)
    _write(out / "src" / "global.scss", "p { line-height: 1.4; }\n")
    _write(out / "src" / "theme" / "variables.scss", ":root { --ion-color-primary: #3880ff; }\n")
    _write(out / "src" / "theme" / "_mixins.scss", MIXINS)
    items = [{"id": i, "name": f"Item number {i} with a long name", "updated": f"2024-0{1 + i % 9}-1{i % 9}",
              "tags": ["a", "b"]} for i in range(40)]
    _write(out / "src" / "assets" / "data" / "items.json", json.dumps({"items": items}, indent=2))
    _write(app / "app.component.ts", APP_COMPONENT)
    _write(app / "shared" / "item.service.ts", SERVICE)
    _write(app / "shared" / "shorten.pipe.ts", PIPE)
    features: dict[int, list[str]] = {}
    for i in range(pages):
        name, cls, feature = f"page{i}", f"Page{i}Page", i // PAGES_PER_FEATURE
        child = i % children if children and i < children * 2 else None
        child_name, child_cls = f"widget{child}", f"Widget{child}Component"
        folder = app / "features" / f"f{feature}" / name
        _write(folder / f"{name}.page.ts", PAGE_TS.format(
            name=name, cls=cls, index=i,
            child_import=f"import {{ {child_cls} }} from '../../../widgets/{child_name}/{child_name}.component';\n"
            if child is not None else "",
            child_class_import=f", {child_cls}" if child is not None else ""))
        following = (i + 1) % pages
        _write(folder / f"{name}.page.html", PAGE_HTML.format(
            title=f"Page {i}", icon=ICONS[i % len(ICONS)], next=f"f{following // PAGES_PER_FEATURE}/page{following}",
            child_element=f'  <app-{child_name} [title]="\'Widget {child}\'" [count]="visible.length" '
            '(chosen)="pick($event)"></app-' + child_name + '>\n' if child is not None else ""))
        _write(folder / f"{name}.page.scss", PAGE_SCSS.format(pad=8 + i % 8, shade=1 + i % 8))
        features.setdefault(feature, []).append(f"import {{ {cls} }} from './{name}/{name}.page';")
    routes = []
    for feature, imports in features.items():
        first = feature * PAGES_PER_FEATURE
        entries = [f"  {{ path: 'page{first + n}', component: Page{first + n}Page }}," for n in range(len(imports))]
        _write(app / "features" / f"f{feature}" / f"f{feature}.routes.ts", "import { Routes } from '@angular/router';\n"
               + "\n".join(imports) + "\n\nexport const routes: Routes = [\n" + "\n".join(entries) + "\n];\n")
        routes.append(f"  {{ path: 'f{feature}', loadChildren: () => import('./features/f{feature}/f{feature}.routes')"
                      ".then((m) => m.routes) },")
    for j in range(children):
        name = f"widget{j}"
        _write(app / "widgets" / name / f"{name}.component.ts", CHILD_TS.format(
            name=name, cls=f"Widget{j}Component", limit=3 + j % 5, font=14 + j % 6))
    _write(app / "app.routes.ts", "import { Routes } from '@angular/router';\n\nexport const routes: Routes = [\n"
           "  { path: '', redirectTo: 'f0/page0', pathMatch: 'full' },\n" + "\n".join(routes) + "\n];\n")
    if node_modules is not None:
        os.symlink(node_modules.resolve(), out / "node_modules")
    return {"pages": pages, "components": children}


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--components", type=int, default=100)
    parser.add_argument("--node-modules", type=Path, help="an installed node_modules to link into the app")
    args = parser.parse_args()
    counts = generate(args.out, args.components, args.node_modules)
    print(json.dumps({"out": str(args.out), **counts}))


if __name__ == "__main__":
    main()
