"use strict";
// Photos uploaded into an article's body (CKEditor 5, created by django-ckeditor-5) stay, and
// are described:
// 1. Once an uploaded image is inserted, the caret moves past it: CKEditor leaves the new image
//    selected, and the next key pressed replaced it, so that the article was saved without the
//    photo and without a warning. The caret goes to the start of the text block after the
//    image, or into a new paragraph when none follows it (the image last in the body, a table).
// 2. When the upload is complete and the writer is still where the caret was put, CKEditor's
//    own "Văn bản thay thế" form (ImageTextAlternative) opens on the photo, its input focused:
//    the text is typed at once, Enter saves it, Escape leaves it for later. The form closed,
//    the caret goes past the image again. The text stays editable with the same button of the
//    image's toolbar (CKEDITOR_5_CONFIGS["article"]["image"]["toolbar"]); publishing refuses
//    an image without it (news.images.images_missing_alt).
// Only CKEditor 5's public API: the uploadImage command's "execute", ImageUploadEditing's
// "uploadComplete", the "imageTextAlternative" button of the component factory, and the
// ContextualBalloon's visibleView. A static file, as the Content Security Policy requires.
(function () {
  const ALT_BUTTON = "imageTextAlternative";
  const handled = new WeakSet();

  // The text block right after the block image `image`, made when there is none, where
  // typing goes; null when no paragraph may follow it (its parent takes none).
  function blockAfter(writer, model, image) {
    const next = image.nextSibling;
    if (next && next.is("element") && model.schema.checkChild(next, "$text")) {
      return next;
    }
    if (!model.schema.checkChild(image.parent, "paragraph")) {
      return null;
    }
    const paragraph = writer.createElement("paragraph");
    writer.insert(paragraph, image, "after");
    return paragraph;
  }

  // Put the caret past `image`, so that typing cannot replace it; return where it was put
  // ({parent, offset}, to tell later whether the writer is still there).
  function moveCaretPast(editor, image) {
    return editor.model.change((writer) => {
      if (image.is("element", "imageInline")) {
        writer.setSelection(image, "after");
      } else {
        const block = blockAfter(writer, editor.model, image);
        writer.setSelection(block || image, block ? 0 : "after");
      }
      const position = editor.model.document.selection.getFirstPosition();
      return { parent: position.parent, offset: position.offset };
    });
  }

  // Whether the caret is still where moveCaretPast() put it: the writer has not typed or
  // clicked elsewhere in the meantime, and is in the editor (not in another field).
  function caretStillAt(editor, caret) {
    const selection = editor.model.document.selection;
    const position = selection.getFirstPosition();
    return (
      editor.ui.focusTracker.isFocused &&
      selection.isCollapsed &&
      position.parent === caret.parent &&
      position.offset === caret.offset
    );
  }

  // Whether `image` is still in the body (not deleted, nor its upload failed).
  function inBody(image) {
    return image.root.rootName !== "$graveyard";
  }

  // Select `image` and open CKEditor's text alternative form on it; once the form is closed
  // (saved, cancelled), put the caret past the image if it is still selected.
  function askForText(editor, image, opener) {
    const imageUtils = editor.plugins.get("ImageUtils");
    editor.model.change((writer) => writer.setSelection(image, "on"));
    if (!editor.commands.get(ALT_BUTTON).isEnabled) {
      moveCaretPast(editor, image);
      return;
    }
    const balloon = editor.plugins.get("ContextualBalloon");
    const before = balloon.visibleView;
    opener.fire("execute");
    const form = balloon.visibleView;
    if (!form || form === before) {
      moveCaretPast(editor, image);
      return;
    }
    // The balloon shows another view (the image's toolbar) or none: the form is being removed.
    // The caret moves once the balloon is done with it (a microtask later): moved at once, the
    // image's toolbar would be taken out of the balloon in the middle of that removal.
    const whenClosed = (event, name, visible) => {
      if (visible === form) {
        return;
      }
      balloon.off("change:visibleView", whenClosed);
      Promise.resolve().then(() => {
        const selection = editor.model.document.selection;
        if (imageUtils.getClosestSelectedImageElement(selection) === image && inBody(image)) {
          moveCaretPast(editor, image);
        }
      });
    };
    balloon.on("change:visibleView", whenClosed);
  }

  // Watch one editor's image uploads: the caret past each new image at once, its text asked
  // for when its upload is complete.
  function watchUploads(editor) {
    if (handled.has(editor) || !editor.plugins.has("ImageUploadEditing")) {
      return;
    }
    handled.add(editor);
    const imageUtils = editor.plugins.get("ImageUtils");
    const uploadCommand = editor.commands.get("uploadImage");
    const opener = editor.ui.componentFactory.has(ALT_BUTTON)
      ? editor.ui.componentFactory.create(ALT_BUTTON)
      : null;
    const waiting = new WeakMap(); // an image being uploaded -> where its caret was put

    // "low": after the command has inserted the image (it leaves the last one selected).
    uploadCommand.on(
      "execute",
      () => {
        const image = imageUtils.getClosestSelectedImageElement(editor.model.document.selection);
        if (image && image.hasAttribute("uploadId")) {
          waiting.set(image, moveCaretPast(editor, image));
        }
      },
      { priority: "low" },
    );

    // "lowest": after ImageUploadEditing has given the image its address. The event comes
    // inside a model change: the form opens once that change is over (a microtask later), the
    // image drawn on the page for the form to stand next to. A selection set while a change
    // is still being handled would not be drawn.
    editor.plugins.get("ImageUploadEditing").on(
      "uploadComplete",
      (event, { imageElement }) => {
        const caret = waiting.get(imageElement);
        waiting.delete(imageElement);
        if (!opener || !caret) {
          return;
        }
        Promise.resolve().then(() => {
          if (inBody(imageElement) && caretStillAt(editor, caret)) {
            askForText(editor, imageElement, opener);
          }
        });
      },
      { priority: "lowest" },
    );
  }

  // django-ckeditor-5 creates its editors on DOMContentLoaded, keeps each in
  // window.editors[<textarea id>] and calls the callback registered for that id. An editor
  // made before this runs is taken from window.editors; the others through the callback.
  function watchEditors() {
    document.querySelectorAll("textarea.django_ckeditor_5").forEach((textarea) => {
      const made = window.editors && window.editors[textarea.id];
      if (made) {
        watchUploads(made);
      } else if (typeof window.ckeditorRegisterCallback === "function") {
        window.ckeditorRegisterCallback(textarea.id, watchUploads);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watchEditors);
  } else {
    watchEditors();
  }
})();
