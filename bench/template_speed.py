"""Template compiler speed: templates/s and lines/s (parse + compile to WXML, render and handler JS).

    python bench/template_speed.py [path/to/angular/app …]

Runs on a generated app of 1,000 templates (always) and on each app given (e.g. a local copy of the Ionic
conference app). WeChat's wcc is not timed: it is the official compiler, run once per build.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "template"))  # the test harness

from harness import Project, compile_html, component  # noqa: E402

from pwa2wx.diagnostics import Diagnostics  # noqa: E402
from pwa2wx.template import TemplateContext, compile_component, parse_template  # noqa: E402
from pwa2wx.workspace import project  # noqa: E402

BLOCKS = [
    """<ion-header><ion-toolbar><ion-buttons slot="start"><ion-menu-button></ion-menu-button></ion-buttons>
  <ion-title>{title}</ion-title></ion-toolbar></ion-header>""",
    """<ion-list>
  @for (item of items{n}; track item.id) {{
  <ion-item [routerLink]="['/item', item.id]" detail="false">
    <ion-icon slot="start" name="star"></ion-icon>
    <ion-label><h2>{{{{ item.name | titlecase }}}}</h2><p>{{{{ item.date | date:'mediumDate' }}}}</p></ion-label>
    @if (item.count > 0) {{ <ion-badge color="primary">{{{{ item.count }}}}</ion-badge> }}
  </ion-item>
  }} @empty {{ <ion-item>Nothing yet</ion-item> }}
</ion-list>""",
    """<form #f="ngForm" (ngSubmit)="save{n}(f)">
  <ion-input label="Name" name="name" [(ngModel)]="model{n}.name" required></ion-input>
  <ion-toggle [(ngModel)]="model{n}.on">Enabled</ion-toggle>
  <ion-select label="Kind" [(ngModel)]="model{n}.kind"><ion-select-option value="a">A</ion-select-option>
    <ion-select-option value="b">B</ion-select-option></ion-select>
  <ion-button type="submit" expand="block">Save</ion-button>
</form>""",
    """<div class="card" [class.active]="active{n}" [ngStyle]="{{'opacity': faded ? 0.5 : 1}}">
  <p *ngIf="user?.name as name; else anon">Hello {{{{ name }}}}</p>
  <ng-template #anon><p>Hello stranger</p></ng-template>
  <span *ngFor="let t of tags{n}; index as i">{{{{ i + 1 }}}}. {{{{ t }}}}</span>
</div>""",
    """<ion-segment [(ngModel)]="tab{n}" (ionChange)="load{n}()">
  <ion-segment-button value="all">All</ion-segment-button><ion-segment-button value="fav">Favorites</ion-segment-button>
</ion-segment>
@switch (tab{n}) {{ @case ('all') {{ <p>{{{{ total | number:'1.0-0' }}}} items</p> }}
  @default {{ <p>Favorites</p> }} }}""",
]


def generated(count: int = 1000) -> list[str]:
    rng = random.Random(7)
    return ["\n".join(rng.choice(BLOCKS).format(n=i, title=f"Page {i}") for _ in range(rng.randint(2, 5)))
            for i in range(count)]


def measure(label: str, jobs) -> None:
    """``jobs``: (compile function, line count) pairs; compiles each once after a warm-up."""
    jobs = list(jobs)
    for run, _ in jobs[:3]:
        run()
    parse_template.cache_clear()  # time every parse: the conversion parses each template once
    start = time.perf_counter()
    for run, _ in jobs:
        run()
    elapsed = time.perf_counter() - start
    lines = sum(n for _, n in jobs)
    print(f"{label}: {len(jobs)} templates, {lines} lines in {elapsed:.2f} s: "
          f"{len(jobs) / elapsed:,.0f} templates/s, {lines / elapsed:,.0f} lines/s")


def app_jobs(root: Path):
    proj = project.load(root)
    diags = Diagnostics()
    ctx = TemplateContext(project=proj, role="page", diagnostics=diags,
                          component_path=lambda c: f"/components/{c.name}/{c.name}", icon=lambda n: f"/i/{n}.svg")
    for comp in proj.components.values():
        if comp.template is not None:
            yield (lambda comp=comp: compile_component(comp, ctx)), comp.template.text.count("\n") + 1


def main(argv: list[str]) -> None:
    texts = generated()
    measure("generated app", [((lambda t=t: compile_html("", project=Project(), comp=component(t))),
                                t.count("\n") + 1) for t in texts])
    for arg in argv:
        measure(Path(arg).name, app_jobs(Path(arg)))


if __name__ == "__main__":
    main(sys.argv[1:])
