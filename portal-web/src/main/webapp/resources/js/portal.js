/*
 * Keyboard and screen-reader care the PrimeFaces widgets leave out; loaded once by the layout (with the page's
 * CSP nonce), no inline script anywhere.
 *
 * - When the portal refuses what a form sent, focus goes to the first field marked wrong, whose message the
 *   screen reader then reads with it (the field's aria-describedby names it).
 * - A text area's live word count, for the CPD audit profile's word limits.
 * - Portal.downloadChart(id, name) saves a chart as a PNG on a white ground, for a board paper.
 * - When an Ajax update replaces the element that had the focus (a select that recomputes its form, say), focus
 *   goes back to the new element of the same id instead of falling to <body>.
 * - The menu: a button opens or closes the group of links it controls (one group open at a time); Escape closes
 *   it and gives focus back to its button, and so does leaving it with the keyboard or clicking elsewhere. On a
 *   narrow screen the Menu button shows or hides the whole list.
 * - A dialog gives focus back, when it closes, to the control that opened it (found again by id after an Ajax
 *   update replaced it), or else to the main content; focus never falls to <body>.
 */
(function () {
    'use strict';
    window.Portal = {
        downloadChart: function (id, name) {
            var holder = document.getElementById(id);
            var canvas = holder ? holder.querySelector('canvas') : null;
            if (!canvas) {
                return;
            }
            var copy = document.createElement('canvas');
            copy.width = canvas.width;
            copy.height = canvas.height;
            var context = copy.getContext('2d');
            context.fillStyle = '#ffffff';
            context.fillRect(0, 0, copy.width, copy.height);
            context.drawImage(canvas, 0, 0);
            var link = document.createElement('a');
            link.href = copy.toDataURL('image/png');
            link.download = name;
            document.body.appendChild(link);
            link.click();
            link.remove();
        }
    };
    // A live word count under a text area (CPD audit profile): <p class="word-count" data-words-for="form:field"
    // data-word-limit="500" data-template="{0} of {1} words">; words counted as the portal counts them.
    document.addEventListener('input', function (event) {
        var field = event.target;
        if (!field || !field.id || field.tagName !== 'TEXTAREA') {
            return;
        }
        var counters = document.querySelectorAll('.word-count[data-words-for]');
        for (var i = 0; i < counters.length; i++) {
            var counter = counters[i];
            if (counter.getAttribute('data-words-for') !== field.id) {
                continue;
            }
            var words = (field.value.match(/[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu) || []).length;
            var limit = parseInt(counter.getAttribute('data-word-limit'), 10);
            counter.textContent = counter.getAttribute('data-template').replace('{0}', words.toLocaleString('en-GB'))
                    .replace('{1}', limit.toLocaleString('en-GB'));
            counter.classList.toggle('over', words > limit);
        }
    });
    // The menu's disclosure buttons (the layout's <nav id="menu">).
    var menu = document.getElementById('menu');
    if (menu) {
        var closeGroups = function (except) {
            var open = menu.querySelectorAll('.menu-group > button[aria-expanded="true"]');
            for (var i = 0; i < open.length; i++) {
                if (open[i] !== except) {
                    open[i].setAttribute('aria-expanded', 'false');
                    document.getElementById(open[i].getAttribute('aria-controls')).hidden = true;
                }
            }
        };
        menu.addEventListener('click', function (event) {
            var button = event.target.closest ? event.target.closest('button[aria-controls]') : null;
            if (!button || !menu.contains(button)) {
                return;
            }
            var opening = button.getAttribute('aria-expanded') !== 'true';
            if (button.id === 'menu-toggle') {
                menu.classList.toggle('open', opening);
                if (!opening) {
                    closeGroups(null);
                }
            } else {
                closeGroups(button);
                document.getElementById(button.getAttribute('aria-controls')).hidden = !opening;
            }
            button.setAttribute('aria-expanded', opening ? 'true' : 'false');
        });
        menu.addEventListener('keydown', function (event) {
            if (event.key !== 'Escape') {
                return;
            }
            var group = event.target.closest ? event.target.closest('.menu-group') : null;
            if (group && group.querySelector('button[aria-expanded="true"]')) {
                var button = group.querySelector('button[aria-controls]');
                closeGroups(null);
                button.focus();
                event.preventDefault();
            }
        });
        menu.addEventListener('focusout', function (event) {
            var group = event.target.closest ? event.target.closest('.menu-group') : null;
            if (group && event.relatedTarget && !group.contains(event.relatedTarget)) {
                closeGroups(null);
            }
        });
        document.addEventListener('click', function (event) {
            if (!menu.contains(event.target)) {
                closeGroups(null);
            }
        });
    }
    if (!window.PrimeFaces || !PrimeFaces.widget || !PrimeFaces.widget.Dialog) {
        return;
    }
    // The control last used: PrimeFaces disables a button while its Ajax request runs, so by the time a dialog
    // opens (in the request's oncomplete) focus has already left the button that asked for it.
    var lastControl = null;
    document.addEventListener('focusin', function (event) {
        if (event.target && event.target !== document.body) {
            lastControl = event.target;
        }
    }, true);
    document.addEventListener('pointerdown', function (event) {
        var control = event.target && event.target.closest ? event.target.closest('button, a, input, select, textarea, [tabindex]') : null;
        if (control) {
            lastControl = control;
        }
    }, true);

    var Dialog = PrimeFaces.widget.Dialog;
    var show = Dialog.prototype.show;
    var hide = Dialog.prototype.hide;

    Dialog.prototype.show = function () {
        var active = document.activeElement && document.activeElement !== document.body ? document.activeElement : lastControl;
        if (active && active !== document.body && !(this.jq && this.jq[0].contains(active))) {
            this.portalOpener = active.id || null;
            this.portalOpenerElement = active;
        }
        return show.apply(this, arguments);
    };

    Dialog.prototype.hide = function () {
        var result = hide.apply(this, arguments);
        var opener = this.portalOpener ? document.getElementById(this.portalOpener) : null;
        if (!opener && this.portalOpenerElement && document.body.contains(this.portalOpenerElement)) {
            opener = this.portalOpenerElement;
        }
        if (!opener) {
            opener = document.getElementById('main');
        }
        setTimeout(function () {
            if (document.activeElement === document.body || document.activeElement === null
                    || !document.activeElement.offsetParent) {
                opener.focus();
            }
        }, 0);
        return result;
    };

    $(document).on('pfAjaxComplete', function (event, xhr, settings, args) {
        var lastId = lastControl && lastControl.id ? lastControl.id : null;
        if (!args || !args.validationFailed) {
            setTimeout(function () {
                var lost = !document.activeElement || document.activeElement === document.body
                        || !document.body.contains(document.activeElement);
                var again = lastId ? document.getElementById(lastId) : null;
                if (lost && again && again.offsetParent !== null) {
                    again.focus();
                }
            }, 0);
            return;
        }
        setTimeout(function () {
            var scope = document.querySelector('.ui-dialog[aria-hidden="false"]') || document.getElementById('main');
            var focusable = 'input:not([type=hidden]):not([tabindex="-1"]), textarea, select, [tabindex="0"]';
            var marked = scope ? scope.querySelectorAll('[aria-invalid="true"], .ui-state-error:not(label)') : [];
            for (var i = 0; i < marked.length; i++) {
                var target = marked[i].matches(focusable) ? marked[i] : marked[i].querySelector(focusable);
                if (target && target.offsetParent !== null || target && target.getAttribute('role') === 'combobox') {
                    target.focus();
                    return;
                }
            }
        }, 0);
    });
})();
