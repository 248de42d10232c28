"""The app shell's side menu (ion-menu in the bootstrapped root component) on every page."""

from __future__ import annotations

import json

import pytest

from pwa2wx import preview
from pwa2wx.build.convert import convert
from pwa2wx.commands.check import check
from tests import needs
from tests.workspace import STANDALONE_MAIN, link_runtime_packages, make_workspace

ROOT_HTML = """<ion-app><ion-split-pane contentId="main"><ion-menu contentId="main"><ion-content><ion-list>
@for (p of pages; track p.url) {
  <ion-menu-toggle autoHide="false"><ion-item [routerLink]="p.url" routerDirection="root">{{ p.title }}</ion-item>
  </ion-menu-toggle>
}
</ion-list><p class="opened">Opened {{ opened }} times</p></ion-content></ion-menu>
<ion-router-outlet id="main"></ion-router-outlet></ion-split-pane></ion-app>"""

FILES = {
    "src/main.ts": STANDALONE_MAIN,
    "src/app/app.component.ts": "import { Component } from '@angular/core';\n"
                                "@Component({ selector: 'app-root', templateUrl: 'app.component.html' })\n"
                                "export class AppComponent {\n"
                                "  pages = [{ title: 'Inbox', url: '/folder/Inbox' },\n"
                                "           { title: 'Spam', url: '/folder/Spam' }];\n"
                                "  opened = 0;\n"
                                "  ngOnInit() { this.opened += 1; }\n}\n",
    "src/app/app.component.html": ROOT_HTML,
    "src/global.scss": "",
    "src/app/app.routes.ts": "import { Routes } from '@angular/router';\n"
                             "export const routes: Routes = [\n"
                             "  { path: '', redirectTo: 'folder/Inbox', pathMatch: 'full' },\n"
                             "  { path: 'folder/:id',\n"
                             "    loadComponent: () => import('./folder.page').then(m => m.FolderPage) },\n"
                             "];\n",
    "src/app/folder.page.ts": "import { Component, inject } from '@angular/core';\n"
                              "import { ActivatedRoute } from '@angular/router';\n"
                              "@Component({ selector: 'app-folder', template: `<ion-header><ion-toolbar>"
                              "<ion-buttons slot='start'><ion-menu-button></ion-menu-button></ion-buttons>"
                              "<ion-title>{{ id }}</ion-title></ion-toolbar></ion-header>"
                              "<ion-content><p>Folder {{ id }}</p></ion-content>` })\n"
                              "export class FolderPage { id = inject(ActivatedRoute).snapshot.paramMap.get('id'); }\n",
}


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    root = make_workspace(tmp_path_factory.mktemp("shell") / "app", FILES)
    link_runtime_packages(root)
    target = root.parent / "out"
    result = convert(root, target)
    assert result.diagnostics.count("error") == 0
    return target


def test_every_page_draws_the_shell(out):
    page = json.loads((out / "pages/folder/folder.json").read_text())
    assert page["usingComponents"] == {"app-shell": "/components/app-shell/app-shell"}
    assert (out / "pages/folder/folder.wxml").read_text().endswith("<app-shell/>\n")
    shell = json.loads((out / "components/app-shell/app-shell.json").read_text())
    assert shell["component"] is True
    assert "shell: true," in (out / "components/app-shell/app-shell.js").read_text()
    assert [d for d in check(out).diagnostics.items if d.severity == "error"] == []


@needs.node
def test_menu_opens_and_navigates(out):
    result = preview.run(out, "pages/folder/folder", {"id": "Inbox"}, actions=[
        {"tap": {"selector": ".ion-menu-button"}},
        {"tap": "Spam"},
    ])
    assert result.errors == []
    opened = result.steps[0]["text"]
    assert "Folder Inbox" in opened and "Opened 1 times" in opened
    assert result.route == "pages/folder/folder" and "Folder Spam" in result.text
    assert "Opened 1 times" in result.text  # the root component is created and initialised once
    drawer = json.dumps(result.tree)
    assert "show-menu" not in drawer  # the menu toggle closed it
