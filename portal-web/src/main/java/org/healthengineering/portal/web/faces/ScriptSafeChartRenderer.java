package org.healthengineering.portal.web.faces;

import jakarta.faces.context.FacesContext;

import org.healthengineering.portal.web.security.ScriptJson;
import org.primefaces.component.chart.Chart;
import org.primefaces.component.chart.ChartRenderer;

import java.io.IOException;

/**
 * PrimeFaces' chart renderer writes the chart's JSON configuration verbatim into an inline script. This one writes
 * it escaped for that context ({@link ScriptJson}), so every {@code p:chart} of the portal is safe whatever text
 * its labels, legends and tooltips carry; registered for PrimeFaces' renderer type in {@code faces-config.xml}.
 */
public class ScriptSafeChartRenderer extends ChartRenderer {

    @Override
    protected String renderConfig(FacesContext context, Chart chart) throws IOException {
        return ScriptJson.escape(super.renderConfig(context, chart));
    }
}
